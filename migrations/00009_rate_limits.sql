-- +goose Up
-- rate_limits counts form posts per client per one-minute window, shared by
-- every app instance so N instances enforce one limit, not N. client is a
-- 64-bit hash of the client's address, never the address itself; rows older
-- than the previous window are deleted by the sweeper within a minute.
--
-- UNLOGGED: the counts are worth nothing after a crash (the table comes back
-- empty, which only forgives a minute of posts) and skipping the WAL keeps
-- the one upsert each write costs cheap. Standbys do not see unlogged
-- tables; after a failover the limit simply starts again from zero.
-- window_start leads the key so clearing old windows is an index range scan;
-- the fill factor leaves room for in-place (HOT) updates of hits.
CREATE UNLOGGED TABLE rate_limits (
    window_start bigint  NOT NULL, -- Unix seconds at which the window opens
    client       bigint  NOT NULL,
    hits         integer NOT NULL,
    PRIMARY KEY (window_start, client)
) WITH (fillfactor = 70);

-- +goose Down
DROP TABLE rate_limits;
