-- +goose Up
-- share_renders keeps each share page rendered once (docs/perf.md, "Stored
-- share pages"): the HTML and its gzip form, served as they are until the
-- page's content changes. One row per share link, whatever its kind
-- ('assessment', 'canvas', 'comparison', 'plan').
--
-- version is the content version of the rows the page was rendered from
-- (for an assessment, its updated_at and visibility); build names the code
-- and BASE_URL that rendered it. A share read joins this table on the live
-- row's current version and this build, so bytes rendered from anything
-- older are never served: that is what keeps several instances right.
--
-- The triggers below only free space early: when a row changes or goes,
-- its own rendering goes with it, so a deleted share or hidden free text
-- does not linger in the database until the next view overwrites it. A
-- canvas, comparison or plan page also shows a little of the assessment it
-- follows; a change there gives it a new version (it is never served
-- again) but its row stays until its next view overwrites it or it is
-- deleted. No foreign key, because one table serves several kinds.
CREATE TABLE share_renders (
    kind        text        NOT NULL,
    share_id    text        NOT NULL,
    version     text        NOT NULL,
    build       text        NOT NULL,
    html        bytea       NOT NULL,
    html_gzip   bytea       NOT NULL,
    rendered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, share_id)
);
-- Stored out of line but not compressed again: the gzip form does not
-- compress, and the HTML is read far more often than written, so paying
-- for pglz decompression on every read would undo part of the point.
ALTER TABLE share_renders ALTER COLUMN html SET STORAGE EXTERNAL;
ALTER TABLE share_renders ALTER COLUMN html_gzip SET STORAGE EXTERNAL;

-- +goose StatementBegin
CREATE FUNCTION forget_share_render() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM share_renders WHERE kind = TG_ARGV[0] AND share_id = OLD.share_id;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER assessments_forget_share_render AFTER UPDATE OR DELETE ON assessments
    FOR EACH ROW EXECUTE FUNCTION forget_share_render('assessment');
CREATE TRIGGER canvases_forget_share_render AFTER UPDATE OR DELETE ON canvases
    FOR EACH ROW EXECUTE FUNCTION forget_share_render('canvas');
CREATE TRIGGER comparisons_forget_share_render AFTER UPDATE OR DELETE ON comparisons
    FOR EACH ROW EXECUTE FUNCTION forget_share_render('comparison');

-- +goose Down
DROP TRIGGER comparisons_forget_share_render ON comparisons;
DROP TRIGGER canvases_forget_share_render ON canvases;
DROP TRIGGER assessments_forget_share_render ON assessments;
DROP FUNCTION forget_share_render();
DROP TABLE share_renders;
