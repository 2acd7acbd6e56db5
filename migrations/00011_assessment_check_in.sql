-- +goose Up
-- A self-assessment made by a plan's check-in keeps what the plan
-- followed until then (the plan's path and a small summary of that
-- result, internal/store.CheckedIn), so its own result page can say what
-- changed: the plan holds it too, but the assessment cannot reach the
-- plan (only the plan's hashed secret is stored). NULL for every other
-- self-assessment.
ALTER TABLE assessments ADD COLUMN check_in jsonb;

-- +goose Down
ALTER TABLE assessments DROP COLUMN check_in;
