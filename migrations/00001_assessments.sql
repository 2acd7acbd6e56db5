-- +goose Up
-- An assessment is one person's questionnaire answers and, once finished,
-- the recommendation snapshot the scoring model made from them.
-- No accounts: access is by capability. edit_hash is SHA-256 of the private
-- edit secret (the secret itself is never stored); share_id is the random,
-- read-only share capability and can be replaced to revoke old links.
CREATE TABLE assessments (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    edit_hash             bytea       NOT NULL UNIQUE CHECK (octet_length(edit_hash) = 32),
    share_id              text        NOT NULL UNIQUE CHECK (length(share_id) >= 22),
    questionnaire_version text        NOT NULL,
    answers               jsonb       NOT NULL DEFAULT '{}'::jsonb,
    hide_free_text        boolean     NOT NULL DEFAULT false,
    model_version         text,
    result                jsonb,
    completed_at          timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

-- Unfinished drafts are expired by age; this keeps that sweep cheap.
CREATE INDEX assessments_drafts_updated_at ON assessments (updated_at) WHERE completed_at IS NULL;

-- +goose Down
DROP TABLE assessments;
