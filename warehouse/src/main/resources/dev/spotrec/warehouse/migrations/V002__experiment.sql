-- spotrec warehouse, schema version 2: the blind A/B experiment (the web app's "List 1 / List 2"
-- page and its team-draft interleaved variant). Portable SQL for DuckDB and PostgreSQL.
-- Participants appear only as a salted SHA-256 hash of their Spotify user id; the salt is the one
-- row of experiment_settings named 'participant_salt', created once.

CREATE TABLE experiment_settings (
    name VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One trial: one participant shown our continuation of a playlist against a baseline.
-- ours_list is the list (1 or 2) that showed our model; 0 for an interleaved trial.
CREATE TABLE experiment_trials (
    trial_id VARCHAR PRIMARY KEY,
    participant_hash VARCHAR NOT NULL,
    playlist_id VARCHAR NOT NULL,
    design VARCHAR NOT NULL,
    baseline_name VARCHAR NOT NULL,
    ours_list INTEGER NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What the trial showed, with provenance: list_no 1 or 2 (side by side) or 0 (interleaved),
-- the 1-based position in that list, the track, the arm it came from ('ours' or 'baseline') and
-- its rank in that arm's own list.
CREATE TABLE experiment_trial_items (
    trial_id VARCHAR NOT NULL,
    list_no INTEGER NOT NULL,
    position INTEGER NOT NULL,
    track_id VARCHAR NOT NULL,
    arm VARCHAR NOT NULL,
    arm_rank INTEGER NOT NULL,
    PRIMARY KEY (trial_id, list_no, position)
);

-- The preferred list of a side-by-side trial (one per trial; a new vote replaces it).
CREATE TABLE experiment_votes (
    trial_id VARCHAR PRIMARY KEY,
    participant_hash VARCHAR NOT NULL,
    preferred_list INTEGER NOT NULL,
    preferred_arm VARCHAR NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A thumbs up (liked) or down on a shown track, credited to the arm that showed it (a track both
-- arms showed side by side gets one row per arm). A new rating replaces the old one.
CREATE TABLE experiment_ratings (
    trial_id VARCHAR NOT NULL,
    track_id VARCHAR NOT NULL,
    arm VARCHAR NOT NULL,
    participant_hash VARCHAR NOT NULL,
    liked BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (trial_id, track_id, arm)
);
