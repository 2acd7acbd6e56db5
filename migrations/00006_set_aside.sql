-- +goose Up
-- The paths an owner set aside as "not for me". The stored result is scored
-- with them ranked last; they are kept apart from the answers so that
-- changing an answer re-scores with the same paths still set aside.
ALTER TABLE assessments ADD COLUMN set_aside text[] NOT NULL DEFAULT '{}';

-- +goose Down
ALTER TABLE assessments DROP COLUMN set_aside;
