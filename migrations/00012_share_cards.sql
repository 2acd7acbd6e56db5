-- +goose Up
-- share_cards keeps each share link's preview card (a ~20 KB PNG) drawn
-- once per content version and build, beside its stored page
-- (share_renders, 00008), so a rotation through many cards is a read, not
-- a draw of ~13 ms of CPU and ~3.8 MB of buffers each, on every instance
-- and after every restart. One row per share link: a new version's card
-- replaces the old one's.
--
-- version and build are the share page's (share_render.go); a card read
-- joins this table on the live row's current version and this build, so a
-- card of older content is never served.
CREATE TABLE share_cards (
    kind     text        NOT NULL,
    share_id text        NOT NULL,
    version  text        NOT NULL,
    build    text        NOT NULL,
    png      bytea       NOT NULL,
    drawn_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, share_id)
);
-- A PNG is compressed already: store it out of line as it is.
ALTER TABLE share_cards ALTER COLUMN png SET STORAGE EXTERNAL;

-- When a document changes or goes, its card goes with it, so a deleted
-- share's title does not linger in the database (the card's own insert
-- locks its document, so none is stored after the delete).
-- +goose StatementBegin
CREATE FUNCTION forget_share_card() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM share_cards WHERE kind = TG_ARGV[0] AND share_id = OLD.share_id;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER assessments_forget_share_card AFTER UPDATE OR DELETE ON assessments
    FOR EACH ROW EXECUTE FUNCTION forget_share_card('assessment');
CREATE TRIGGER canvases_forget_share_card AFTER UPDATE OR DELETE ON canvases
    FOR EACH ROW EXECUTE FUNCTION forget_share_card('canvas');
CREATE TRIGGER comparisons_forget_share_card AFTER UPDATE OR DELETE ON comparisons
    FOR EACH ROW EXECUTE FUNCTION forget_share_card('comparison');
CREATE TRIGGER plans_forget_share_card AFTER UPDATE OR DELETE ON plans
    FOR EACH ROW EXECUTE FUNCTION forget_share_card('plan');

-- +goose Down
DROP TRIGGER plans_forget_share_card ON plans;
DROP TRIGGER comparisons_forget_share_card ON comparisons;
DROP TRIGGER canvases_forget_share_card ON canvases;
DROP TRIGGER assessments_forget_share_card ON assessments;
DROP FUNCTION forget_share_card();
DROP TABLE share_cards;
