-- +goose Up
-- Canvases and comparisons link to an assessment through the share link they
-- were started from. Reads join on that share id as well as the row id, so
-- replacing an assessment's share link also revokes every link made through
-- the old one: whoever held it no longer sees the assessment's answers.
ALTER TABLE canvases ADD COLUMN assessment_share_id text;
ALTER TABLE comparisons ADD COLUMN assessment_share_id text;
UPDATE canvases c SET assessment_share_id = a.share_id FROM assessments a WHERE a.id = c.assessment_id;
UPDATE comparisons c SET assessment_share_id = a.share_id FROM assessments a WHERE a.id = c.assessment_id;

-- +goose Down
ALTER TABLE comparisons DROP COLUMN assessment_share_id;
ALTER TABLE canvases DROP COLUMN assessment_share_id;
