-- +goose Up
-- A canvas is one side-hustle idea on one page (internal/canvas.Canvas, kept
-- whole in data). Access is by capability, as for assessments: edit_hash is
-- SHA-256 of the private edit secret, share_id the replaceable read-only id.
-- A canvas may start from a path recommended in an assessment; deleting that
-- assessment keeps the canvas and only drops the link.
CREATE TABLE canvases (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    edit_hash     bytea       NOT NULL UNIQUE CHECK (octet_length(edit_hash) = 32),
    share_id      text        NOT NULL UNIQUE CHECK (length(share_id) >= 22),
    assessment_id bigint      REFERENCES assessments (id) ON DELETE SET NULL,
    path_id       text        NOT NULL DEFAULT '',
    data          jsonb       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- ON DELETE SET NULL scans canvases for the deleted assessment; without this
-- index every assessment deletion would read the whole table.
CREATE INDEX canvases_assessment_id ON canvases (assessment_id) WHERE assessment_id IS NOT NULL;

-- +goose Down
DROP TABLE canvases;
