-- +goose Up
-- Plans arrived beside share_renders (00008) rather than before it, so
-- their trigger comes here: a plan's stored share page goes when the plan
-- changes or is deleted, like the other kinds'.
CREATE TRIGGER plans_forget_share_render AFTER UPDATE OR DELETE ON plans
    FOR EACH ROW EXECUTE FUNCTION forget_share_render('plan');

-- +goose Down
DROP TRIGGER plans_forget_share_render ON plans;
