package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.HetRecArtist;
import dev.spotrec.datasets.HetRecInteraction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Parsing of the HetRec Last.fm files. Tags of an artist are ranked by how many assignments they
 * got across users (ties to the lower tag id), one pass over {@code user_taggedartists.dat},
 * O(assignments); tags of artists missing from {@code artists.dat} (1,538 assignments in the
 * published data) are ignored.
 */
public final class HetRecFiles {
    static final String[] ARTISTS = {"id", "name", "url", "pictureURL"};
    static final String[] TAGS = {"tagID", "tagValue"};
    static final String[] USER_ARTISTS = {"userID", "artistID", "weight"};
    static final String[] FRIENDS = {"userID", "friendID"};
    static final String[] TAGGED = {"userID", "artistID", "tagID", "day", "month", "year"};
    private static final int TOP_TAGS = 3;

    private HetRecFiles() {}

    /** Receives an interaction with its row (for error positions). */
    interface InteractionRow {
        void accept(TabFile.Row row, HetRecInteraction interaction);
    }

    /** Receives a friend link with its row. */
    interface FriendRow {
        void accept(TabFile.Row row, int user, int friend);
    }

    /** Receives a friend link. */
    public interface FriendLink {
        void accept(int user, int friend);
    }

    /** Streams user_artists.dat; returns the number of rows. */
    public static long interactions(Path dir, Consumer<? super HetRecInteraction> action) {
        return interactions(dir, (row, i) -> action.accept(i));
    }

    /** Streams user_friends.dat; returns the number of rows. */
    public static long friendships(Path dir, FriendLink action) {
        return friendships(dir, (row, user, friend) -> action.accept(user, friend));
    }

    static long interactions(Path dir, InteractionRow action) {
        return TabFile.forEach(
                dir.resolve("user_artists.dat"),
                StandardCharsets.UTF_8,
                USER_ARTISTS,
                row -> {
                    long weight = row.longValue(2);
                    if (weight < 0) {
                        throw row.line().error("column 'weight' must be >= 0, got " + weight);
                    }
                    action.accept(row, new HetRecInteraction(id(row, 0), id(row, 1), weight));
                });
    }

    static long friendships(Path dir, FriendRow action) {
        return TabFile.forEach(
                dir.resolve("user_friends.dat"),
                StandardCharsets.UTF_8,
                FRIENDS,
                row -> action.accept(row, id(row, 0), id(row, 1)));
    }

    /** Receives one tag assignment. */
    public interface Tagging {
        void accept(int user, int artist, String tag);
    }

    /** Streams user_taggedartists.dat with tag names from tags.dat; returns the number of rows. */
    public static long taggings(Path dir, Tagging action) {
        Map<Integer, String> tagNames = tagNames(dir);
        return TabFile.forEach(
                dir.resolve("user_taggedartists.dat"),
                StandardCharsets.UTF_8,
                TAGGED,
                row -> {
                    int tag = id(row, 2);
                    String name = tagNames.get(tag);
                    if (name == null) {
                        throw row.line().error("tagID " + tag + " is not in tags.dat");
                    }
                    action.accept(id(row, 0), id(row, 1), name);
                });
    }

    private static Map<Integer, String> tagNames(Path dir) {
        Map<Integer, String> tagNames = new HashMap<>();
        TabFile.forEach(
                dir.resolve("tags.dat"),
                StandardCharsets.ISO_8859_1,
                TAGS,
                row -> tagNames.put(id(row, 0), row.text(1)));
        return tagNames;
    }

    /** The artists with their top tags, in file order. */
    public static List<HetRecArtist> artists(Path dir) {
        Map<Integer, String> tagNames = tagNames(dir);
        List<String[]> rows = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        TabFile.forEach(
                dir.resolve("artists.dat"),
                StandardCharsets.UTF_8,
                ARTISTS,
                row -> {
                    int id = id(row, 0);
                    if (index.putIfAbsent(id, ids.size()) != null) {
                        throw row.line().error("artist id " + id + " appears twice");
                    }
                    ids.add(id);
                    rows.add(row.fields());
                });
        List<Map<Integer, Integer>> tagCounts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            tagCounts.add(new HashMap<>());
        }
        TabFile.forEach(
                dir.resolve("user_taggedartists.dat"),
                StandardCharsets.UTF_8,
                TAGGED,
                row -> {
                    Integer artist = index.get(id(row, 1));
                    int tag = id(row, 2);
                    if (!tagNames.containsKey(tag)) {
                        throw row.line().error("tagID " + tag + " is not in tags.dat");
                    }
                    if (artist != null) {
                        tagCounts.get(artist).merge(tag, 1, Integer::sum);
                    }
                });
        List<HetRecArtist> artists = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String[] f = rows.get(i);
            List<String> tags =
                    tagCounts.get(i).entrySet().stream()
                            .sorted(
                                    Map.Entry.<Integer, Integer>comparingByValue()
                                            .reversed()
                                            .thenComparing(Map.Entry.comparingByKey()))
                            .limit(TOP_TAGS)
                            .map(e -> tagNames.get(e.getKey()))
                            .toList();
            artists.add(new HetRecArtist(ids.get(i), f[1], f[2], f[3], tags));
        }
        return artists;
    }

    private static int id(TabFile.Row row, int column) {
        int v = row.integer(column);
        if (v < 0) {
            throw row.line().error("column '" + row.header()[column] + "' must be >= 0, got " + v);
        }
        return v;
    }
}
