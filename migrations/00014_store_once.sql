-- +goose Up
-- Issue 27: what a finished, shared assessment costs to keep, stored once.
--
-- assessments.result now holds one copy of each fact: from this release on,
-- a result of the current scoring model is stored in its compact form
-- (internal/recommendation.Stored, JSON starting {"v": 1}): the ranking,
-- scores and every contribution (factor, points, the path's need, the kind
-- where the factor's name does not give it), each path's and the result's
-- warning kinds, the must-haves and their costs, lifted must-haves and
-- set-aside paths, the close call (kind, gap, tie-break rule, tips,
-- outscored path), the track lines without their citation, and the answers
-- only when the row's answers column no longer holds them (SaveAnswers
-- copies them in first). What is rebuilt when read is a copy of something
-- else: path names, tracks, facts and 7/30/90-day plans are the catalog's
-- by path ID; fit words are the model's bands by score; the tracks and the
-- overruled path follow from the ranking; and the words and citations of
-- the warnings and track lines are what the same model writes when it
-- scores the same answers again. The compact form is written only when it
-- expands back to exactly the snapshot it was made from; otherwise (an
-- older model, catalog text changed since) the full snapshot is stored, as
-- before.
--
-- Rows stored before this migration keep their full snapshot in result,
-- which every reader still decodes (results of scoring models 1, 2 and 3
-- alike, and each keeps the catalog text it was made with); they take the
-- compact form when next finished. internal/server's
-- TestEveryStoredVersionRendersAsBefore renders rows of each stored version
-- and compares them with pages recorded before this change.
--
-- Measured (internal/server TestStoredBytesPerPerson, 2,000 finished and
-- shared assessments with varied answers, after VACUUM FULL): assessments
-- plus share_renders with their TOAST tables and indexes took 84.9 KB a
-- person before this migration and 11.3 KB after it (assessments 2.8 KB,
-- of which the result 1.6 KB; share_renders 8.5 KB, the gzip page 7.0 KB).
--
-- result_page was a second, page-sized copy of result (migration 00005);
-- the share page now reads result, which is smaller than that copy was.
ALTER TABLE assessments DROP COLUMN result_page;

-- Stored share pages keep their gzip form only (html was the same page
-- uncompressed, about four times the size): a client that takes gzip gets
-- these bytes as they are, the rare one that does not gets them
-- decompressed on the fly.
ALTER TABLE share_renders DROP COLUMN html;

-- +goose Down
-- Stored pages are dropped (they are rendered again on the next view) so
-- html can be NOT NULL again; result_page comes back NULL, which the code
-- before this migration reads by falling back to result. Results stored in
-- the compact form cannot be read by that code: it needs them re-scored
-- (saving any page of the assessment does that).
DELETE FROM share_renders;
ALTER TABLE share_renders ADD COLUMN html bytea NOT NULL;
ALTER TABLE share_renders ALTER COLUMN html SET STORAGE EXTERNAL;
ALTER TABLE assessments ADD COLUMN result_page jsonb;
