-- spotrec warehouse, schema version 3: the logged-in user's saved tracks ("Liked Songs"), as the
-- crawler reads them from /me/tracks. Portable SQL for DuckDB and PostgreSQL. added_at is when the
-- user saved the track (Spotify's value); first_seen and last_fetched are as in every table.

CREATE TABLE user_saved_tracks (
    user_id VARCHAR NOT NULL,
    track_id VARCHAR NOT NULL,
    added_at TIMESTAMP WITH TIME ZONE,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, track_id)
);
