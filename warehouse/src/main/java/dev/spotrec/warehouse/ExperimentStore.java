package dev.spotrec.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The experiment tables of a {@link Warehouse} (schema version 2): trials with what they showed,
 * votes and ratings. Each write is one transaction; a new vote or rating replaces the old one.
 * Calls are serialised on the warehouse's connection, so request threads may share one store.
 * Obtain it with {@link Warehouse#experiments()}.
 */
public final class ExperimentStore {
    private static final String SALT = "participant_salt";

    private final Warehouse wh;
    private final Connection conn;

    ExperimentStore(Warehouse wh, Connection conn) {
        this.wh = wh;
        this.conn = conn;
    }

    /**
     * The salt of participant hashes. The first call on a warehouse stores {@code newSalt.get()};
     * every later call (from any process) returns that stored value.
     */
    public String participantSalt(Supplier<String> newSalt) {
        Optional<String> stored = setting(SALT);
        if (stored.isPresent()) {
            return stored.get();
        }
        String salt = newSalt.get();
        ExperimentTrial.requireText("participant salt", salt);
        write(
                "storing the participant salt",
                () -> {
                    try (PreparedStatement p =
                            conn.prepareStatement(
                                    "INSERT INTO experiment_settings (name, value, created_at) "
                                            + "VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                        p.setString(1, SALT);
                        p.setString(2, salt);
                        p.setObject(3, timestamp(wh.now()));
                        p.executeUpdate();
                    }
                });
        return setting(SALT).orElseThrow();
    }

    /** Stores a trial and what it showed, in one transaction. */
    public void insertTrial(ExperimentTrial t) {
        write(
                "storing experiment trial " + t.trialId(),
                () -> {
                    try (PreparedStatement p =
                            conn.prepareStatement(
                                    "INSERT INTO experiment_trials (trial_id, participant_hash, "
                                            + "playlist_id, design, baseline_name, ours_list, "
                                            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        p.setString(1, t.trialId());
                        p.setString(2, t.participantHash());
                        p.setString(3, t.playlistId());
                        p.setString(4, t.design());
                        p.setString(5, t.baselineName());
                        p.setInt(6, t.oursList());
                        p.setObject(7, timestamp(t.createdAt()));
                        p.executeUpdate();
                    }
                    try (PreparedStatement p =
                            conn.prepareStatement(
                                    "INSERT INTO experiment_trial_items (trial_id, list_no, "
                                            + "position, track_id, arm, arm_rank) "
                                            + "VALUES (?, ?, ?, ?, ?, ?)")) {
                        for (ShownItem i : t.items()) {
                            p.setString(1, t.trialId());
                            p.setInt(2, i.list());
                            p.setInt(3, i.position());
                            p.setString(4, i.trackId());
                            p.setString(5, i.arm().stored());
                            p.setInt(6, i.armRank());
                            p.addBatch();
                        }
                        if (!t.items().isEmpty()) {
                            p.executeBatch();
                        }
                    }
                });
    }

    /** The trial {@code trialId}, when there is one. */
    public Optional<ExperimentTrial> trial(String trialId) {
        return ExperimentRows.trials(this, conn, trialId).stream().findFirst();
    }

    /** Every trial, oldest first. */
    public List<ExperimentTrial> trials() {
        return ExperimentRows.trials(this, conn, null);
    }

    /** Stores a vote, replacing an earlier vote on the same trial. */
    public void putVote(ExperimentVote v) {
        write(
                "storing the vote on trial " + v.trialId(),
                () -> {
                    try (PreparedStatement p =
                            conn.prepareStatement(
                                    "INSERT INTO experiment_votes (trial_id, participant_hash, "
                                            + "preferred_list, preferred_arm, created_at) "
                                            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (trial_id) DO "
                                            + "UPDATE SET participant_hash = excluded.participant_hash, "
                                            + "preferred_list = excluded.preferred_list, "
                                            + "preferred_arm = excluded.preferred_arm, "
                                            + "created_at = excluded.created_at")) {
                        p.setString(1, v.trialId());
                        p.setString(2, v.participantHash());
                        p.setInt(3, v.preferredList());
                        p.setString(4, v.preferredArm().stored());
                        p.setObject(5, timestamp(v.createdAt()));
                        p.executeUpdate();
                    }
                });
    }

    /** Stores ratings in one transaction, each replacing an earlier one of its track and arm. */
    public void putRatings(List<ExperimentRating> ratings) {
        write(
                "storing " + ratings.size() + " experiment ratings",
                () -> {
                    try (PreparedStatement p =
                            conn.prepareStatement(
                                    "INSERT INTO experiment_ratings (trial_id, track_id, arm, "
                                            + "participant_hash, liked, created_at) VALUES "
                                            + "(?, ?, ?, ?, ?, ?) ON CONFLICT (trial_id, track_id, "
                                            + "arm) DO UPDATE SET participant_hash = "
                                            + "excluded.participant_hash, liked = excluded.liked, "
                                            + "created_at = excluded.created_at")) {
                        for (ExperimentRating r : ratings) {
                            p.setString(1, r.trialId());
                            p.setString(2, r.trackId());
                            p.setString(3, r.arm().stored());
                            p.setString(4, r.participantHash());
                            p.setBoolean(5, r.liked());
                            p.setObject(6, timestamp(r.createdAt()));
                            p.executeUpdate();
                        }
                    }
                });
    }

    /** Every vote, oldest first. */
    public List<ExperimentVote> votes() {
        return ExperimentRows.votes(this, conn);
    }

    /** Every rating, oldest first. */
    public List<ExperimentRating> ratings() {
        return ExperimentRows.ratings(this, conn);
    }

    private Optional<String> setting(String name) {
        synchronized (conn) {
            try (PreparedStatement p =
                    conn.prepareStatement("SELECT value FROM experiment_settings WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw wrap(e, "reading experiment setting " + name);
            }
        }
    }

    WarehouseException wrap(SQLException e, String doing) {
        return wh.wrap(e, doing);
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    private void write(String doing, SqlWork work) {
        if (wh.isReadOnly()) {
            throw WarehouseException.badInput(
                    "warehouse "
                            + wh.url()
                            + " is open read-only; "
                            + doing
                            + " needs write access",
                    null);
        }
        synchronized (conn) {
            try {
                boolean auto = conn.getAutoCommit();
                conn.setAutoCommit(false);
                try {
                    work.run();
                    conn.commit();
                } catch (SQLException | RuntimeException e) {
                    conn.rollback();
                    throw e;
                } finally {
                    conn.setAutoCommit(auto);
                }
            } catch (SQLException e) {
                throw wrap(e, doing);
            }
        }
    }

    static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
