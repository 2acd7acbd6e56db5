-- +goose Up
-- A comparison puts two or three catalog paths side by side with an income
-- projection. Same capability model as assessments: a hashed edit secret
-- and a replaceable share id. It may be linked to the assessment it started
-- from, whose answers weight the axes; deleting that assessment unlinks it.
CREATE TABLE comparisons (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    edit_hash     bytea       NOT NULL UNIQUE CHECK (octet_length(edit_hash) = 32),
    share_id      text        NOT NULL UNIQUE CHECK (length(share_id) >= 22),
    assessment_id bigint      REFERENCES assessments (id) ON DELETE SET NULL,
    data          jsonb       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX comparisons_assessment_id ON comparisons (assessment_id) WHERE assessment_id IS NOT NULL;

-- +goose Down
DROP TABLE comparisons;
