-- +goose Up
-- A plan is one person's 90-day plan for one path (internal/plan.Plan, kept
-- whole in data: the path, the start date, the progress and private notes,
-- the answers its steps read and a small summary of the result it was made
-- from). Same capability model as the others: a hashed edit secret and a
-- replaceable share id. It follows an assessment through the share id it
-- was made from, so replacing that assessment's share link revokes the
-- plan's view of it, and deleting the assessment unlinks it.
CREATE TABLE plans (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    edit_hash           bytea       NOT NULL UNIQUE CHECK (octet_length(edit_hash) = 32),
    share_id            text        NOT NULL UNIQUE CHECK (length(share_id) >= 22),
    assessment_id       bigint      REFERENCES assessments (id) ON DELETE SET NULL,
    assessment_share_id text,
    data                jsonb       NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX plans_assessment_id ON plans (assessment_id) WHERE assessment_id IS NOT NULL;

-- +goose Down
DROP TABLE plans;
