-- PostgreSQL only: look-ups of a participant's trials use an index scan.
CREATE INDEX experiment_trials_participant ON experiment_trials (participant_hash);
