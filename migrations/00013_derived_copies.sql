-- +goose Up
-- Deletion is complete: what was made from an assessment's answers goes
-- with it, in the statement that deletes it, by foreign keys rather than
-- by code that could forget a table or race a check-in.
--
-- plans.made_from is the assessment a plan was made from. It never
-- changes (assessment_id moves to each check-in's copy), and deleting that
-- assessment deletes the plan, which holds its answers (the ones its steps
-- read) and a summary of its result.
--
-- assessments.check_in_of is the plan whose check-in copied the answers
-- into this assessment; deleting the plan deletes its copies. A check-in
-- racing the plan's deletion cannot commit a copy nobody can reach: the
-- key check waits for the deletion and then finds no plan.
--
-- Together they cascade: deleting an assessment deletes its plans, their
-- check-in copies, any plan made from those, and so on, and every stored
-- share page goes with its row (the forget_share_render triggers, which
-- cascaded deletes and SET NULL updates fire too).
ALTER TABLE plans ADD COLUMN made_from bigint REFERENCES assessments (id) ON DELETE CASCADE;
ALTER TABLE assessments ADD COLUMN check_in_of bigint REFERENCES plans (id) ON DELETE CASCADE;
CREATE INDEX plans_made_from ON plans (made_from) WHERE made_from IS NOT NULL;
CREATE INDEX assessments_check_in_of ON assessments (check_in_of) WHERE check_in_of IS NOT NULL;

-- What existing rows tell: a plan following an assessment that is not a
-- check-in copy was made from it, and the copy a plan follows now is its
-- latest check-in. Older copies of a plan cannot be told apart from any
-- other assessment and stay as they are.
UPDATE plans p SET made_from = a.id
FROM assessments a WHERE a.id = p.assessment_id AND a.check_in IS NULL;
UPDATE assessments a SET check_in_of = p.id
FROM plans p WHERE p.assessment_id = a.id AND a.check_in IS NOT NULL;

-- +goose Down
ALTER TABLE assessments DROP COLUMN check_in_of;
ALTER TABLE plans DROP COLUMN made_from;
