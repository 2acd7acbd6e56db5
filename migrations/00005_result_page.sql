-- +goose Up
-- result_page is the part of result the share page reads
-- (recommendation.Snapshot.Page: the explained paths whole, the rest as
-- name, track and score), written by the same statement as result. It is a
-- third of result's size, so a share view reads and decodes a third of the
-- bytes (docs/perf.md). Rows finished before this column existed keep it
-- NULL; readers fall back to result, which decodes to the same page.
ALTER TABLE assessments ADD COLUMN result_page jsonb;

-- +goose Down
ALTER TABLE assessments DROP COLUMN result_page;
