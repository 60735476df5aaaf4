-- spotrec warehouse, schema version 1. Portable SQL: the same text runs on DuckDB and PostgreSQL.
-- Every table keeps first_seen (when the row was first written) and last_fetched (when its
-- content was last written from a source). Child lists (genres, album and track artists,
-- playlist items, top items) carry no primary key: the writer replaces a parent's list as a
-- whole and keeps (parent, position) unique, which lets DuckDB bulk-insert without an index.

CREATE TABLE artists (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    popularity INTEGER,
    followers BIGINT,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE artist_genres (
    artist_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    genre VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE albums (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    album_type VARCHAR NOT NULL,
    release_date VARCHAR,
    release_date_precision VARCHAR,
    label VARCHAR,
    popularity INTEGER,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE album_artists (
    album_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    artist_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE tracks (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    album_id VARCHAR NOT NULL,
    isrc VARCHAR,
    duration_ms INTEGER NOT NULL,
    explicit BOOLEAN NOT NULL,
    popularity INTEGER,
    track_number INTEGER,
    disc_number INTEGER,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE track_artists (
    track_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    artist_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE audio_features (
    track_id VARCHAR PRIMARY KEY,
    danceability DOUBLE PRECISION NOT NULL,
    energy DOUBLE PRECISION NOT NULL,
    valence DOUBLE PRECISION NOT NULL,
    tempo DOUBLE PRECISION NOT NULL,
    acousticness DOUBLE PRECISION NOT NULL,
    instrumentalness DOUBLE PRECISION NOT NULL,
    liveness DOUBLE PRECISION NOT NULL,
    speechiness DOUBLE PRECISION NOT NULL,
    loudness DOUBLE PRECISION NOT NULL,
    pitch_key INTEGER NOT NULL,
    mode INTEGER NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE users (
    id VARCHAR PRIMARY KEY,
    display_name VARCHAR NOT NULL,
    country VARCHAR,
    product VARCHAR,
    followers BIGINT,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE playlists (
    id VARCHAR PRIMARY KEY,
    owner_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    is_public BOOLEAN NOT NULL,
    collaborative BOOLEAN NOT NULL,
    followers BIGINT,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE playlist_items (
    playlist_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    track_id VARCHAR NOT NULL,
    added_at TIMESTAMP WITH TIME ZONE,
    added_by VARCHAR,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE user_follows_playlist (
    user_id VARCHAR NOT NULL,
    playlist_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, playlist_id)
);

CREATE TABLE user_follows_artist (
    user_id VARCHAR NOT NULL,
    artist_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, artist_id)
);

CREATE TABLE user_follows_user (
    user_id VARCHAR NOT NULL,
    followed_user_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, followed_user_id)
);

-- A user's top tracks (item_type 'track') and artists ('artist') per time range, best first.
CREATE TABLE user_top_items (
    user_id VARCHAR NOT NULL,
    time_range VARCHAR NOT NULL,
    item_type VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    item_id VARCHAR NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Listening counts (the HetRec Last.fm user-artist weights).
CREATE TABLE user_artist_plays (
    user_id VARCHAR NOT NULL,
    artist_id VARCHAR NOT NULL,
    play_count BIGINT NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, artist_id)
);

-- The crawler's frontier: every entity it has discovered, and where it stands.
CREATE TABLE crawl_frontier (
    entity_type VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    depth INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    reason VARCHAR,
    run_id BIGINT,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);

CREATE TABLE crawl_runs (
    run_id BIGINT PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    status VARCHAR NOT NULL,
    mode VARCHAR,
    api_url VARCHAR,
    requests BIGINT NOT NULL,
    entities BIGINT NOT NULL,
    summary VARCHAR,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Files the importers have loaded, written in the same transaction as their rows.
CREATE TABLE imported_files (
    source VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    size_bytes BIGINT NOT NULL,
    row_count BIGINT NOT NULL,
    first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fetched TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, path)
);
