-- PostgreSQL only: secondary indexes for the child lists, so that replacing one parent's list
-- and the streaming reads use index scans. DuckDB skips them: it scans columns faster than it
-- maintains an ART index during bulk loads.
CREATE INDEX artist_genres_parent ON artist_genres (artist_id, position);
CREATE INDEX album_artists_parent ON album_artists (album_id, position);
CREATE INDEX track_artists_parent ON track_artists (track_id, position);
CREATE INDEX playlist_items_parent ON playlist_items (playlist_id, position);
CREATE INDEX user_top_items_parent ON user_top_items (user_id, time_range, item_type, position);
