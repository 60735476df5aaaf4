package dev.spotrec.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the experiment tables, mapped to records (small tables: read whole). */
final class ExperimentRows {
    private ExperimentRows() {}

    /** The trials with their items; one trial when {@code onlyId} is set, else all. */
    static List<ExperimentTrial> trials(ExperimentStore store, Connection conn, String onlyId) {
        String where = onlyId == null ? "" : " WHERE trial_id = ?";
        Map<String, List<ShownItem>> items = new LinkedHashMap<>();
        List<Head> heads = new ArrayList<>();
        synchronized (conn) {
            try {
                try (PreparedStatement p =
                        conn.prepareStatement(
                                "SELECT trial_id, participant_hash, playlist_id, design, "
                                        + "baseline_name, ours_list, created_at FROM "
                                        + "experiment_trials"
                                        + where
                                        + " ORDER BY created_at, trial_id")) {
                    bind(p, onlyId);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            heads.add(
                                    new Head(
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getString(3),
                                            rs.getString(4),
                                            rs.getString(5),
                                            rs.getInt(6),
                                            rs.getObject(7, OffsetDateTime.class).toInstant()));
                            items.put(rs.getString(1), new ArrayList<>());
                        }
                    }
                }
                try (PreparedStatement p =
                        conn.prepareStatement(
                                "SELECT trial_id, list_no, position, track_id, arm, arm_rank "
                                        + "FROM experiment_trial_items"
                                        + where
                                        + " ORDER BY trial_id, list_no, position")) {
                    bind(p, onlyId);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            List<ShownItem> of = items.get(rs.getString(1));
                            if (of != null) {
                                of.add(
                                        new ShownItem(
                                                rs.getInt(2),
                                                rs.getInt(3),
                                                rs.getString(4),
                                                ExperimentArm.ofStored(rs.getString(5)),
                                                rs.getInt(6)));
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw store.wrap(e, "reading experiment trials");
            }
        }
        List<ExperimentTrial> out = new ArrayList<>(heads.size());
        for (Head h : heads) {
            out.add(
                    new ExperimentTrial(
                            h.id,
                            h.participant,
                            h.playlist,
                            h.design,
                            h.baseline,
                            h.oursList,
                            h.at,
                            items.get(h.id)));
        }
        return out;
    }

    static List<ExperimentVote> votes(ExperimentStore store, Connection conn) {
        List<ExperimentVote> out = new ArrayList<>();
        synchronized (conn) {
            try (PreparedStatement p =
                            conn.prepareStatement(
                                    "SELECT trial_id, participant_hash, preferred_list, "
                                            + "preferred_arm, created_at FROM experiment_votes "
                                            + "ORDER BY created_at, trial_id");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(
                            new ExperimentVote(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getInt(3),
                                    ExperimentArm.ofStored(rs.getString(4)),
                                    rs.getObject(5, OffsetDateTime.class).toInstant()));
                }
            } catch (SQLException e) {
                throw store.wrap(e, "reading experiment votes");
            }
        }
        return out;
    }

    static List<ExperimentRating> ratings(ExperimentStore store, Connection conn) {
        List<ExperimentRating> out = new ArrayList<>();
        synchronized (conn) {
            try (PreparedStatement p =
                            conn.prepareStatement(
                                    "SELECT trial_id, track_id, arm, participant_hash, liked, "
                                            + "created_at FROM experiment_ratings "
                                            + "ORDER BY created_at, trial_id, track_id, arm");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(
                            new ExperimentRating(
                                    rs.getString(1),
                                    rs.getString(2),
                                    ExperimentArm.ofStored(rs.getString(3)),
                                    rs.getString(4),
                                    rs.getBoolean(5),
                                    rs.getObject(6, OffsetDateTime.class).toInstant()));
                }
            } catch (SQLException e) {
                throw store.wrap(e, "reading experiment ratings");
            }
        }
        return out;
    }

    private record Head(
            String id,
            String participant,
            String playlist,
            String design,
            String baseline,
            int oursList,
            Instant at) {}

    private static void bind(PreparedStatement p, String onlyId) throws SQLException {
        if (onlyId != null) {
            p.setString(1, onlyId);
        }
    }
}
