package dev.spotrec.datasets;

import dev.spotrec.datasets.internal.HetRecFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the HetRec 2011 Last.fm 2k dataset (Cantador, Brusilovsky and Kuflik 2011): 1,892 users,
 * 17,632 artists, 92,834 user-artist listening counts, 25,434 directed friend links. Files are
 * tab-separated with a header; {@code tags.dat} is Latin-1, the others UTF-8. {@code
 * Worlds.load("hetrec:DIR")} gives the same data as a {@link World}: artists with their top tags as
 * genres, users, friend links as user follows, listened artists as artist follows, and each user's
 * top 50 artists by listening count as long-term top items.
 */
public final class HetRecLastFm {
    private HetRecLastFm() {}

    /**
     * Streams {@code user_artists.dat} in file order.
     *
     * @return the number of interactions (92,834 for the published dataset)
     * @throws DatasetFormatException naming the file and line of a bad row
     */
    public static long forEachInteraction(Path dir, Consumer<? super HetRecInteraction> action) {
        return HetRecFiles.interactions(dir, action);
    }

    /**
     * Streams {@code user_friends.dat}: each row is a directed pair (user, friend).
     *
     * @return the number of pairs (25,434)
     */
    public static long forEachFriendship(Path dir, FriendshipConsumer action) {
        return HetRecFiles.friendships(dir, action::accept);
    }

    /**
     * Streams {@code user_taggedartists.dat}: user {@code userId} gave artist {@code artistId} the
     * tag named in {@code tags.dat}. A user tagging an artist they listened to is evidence of that
     * listening, so evaluations must hide it with the pair (see the recommender's {@code pairTag}).
     *
     * @return the number of assignments (186,479)
     */
    public static long forEachTagging(Path dir, TaggingConsumer action) {
        return HetRecFiles.taggings(dir, action::accept);
    }

    /** Every artist with its top three tags, in file order. */
    public static List<HetRecArtist> artists(Path dir) {
        return HetRecFiles.artists(dir);
    }

    /** The stable base62 id of HetRec user {@code id} in worlds and warehouses. */
    public static String userId(int id) {
        return SpotifyIds.derive("hetrec-user", Integer.toString(id));
    }

    /** The stable base62 id of HetRec artist {@code id} in worlds and warehouses. */
    public static String artistId(int id) {
        return SpotifyIds.derive("hetrec-artist", Integer.toString(id));
    }

    /** Receives one tag assignment. */
    @FunctionalInterface
    public interface TaggingConsumer {
        /** User {@code userId} tagged artist {@code artistId} with {@code tag}. */
        void accept(int userId, int artistId, String tag);
    }

    /** Receives one directed friend link. */
    @FunctionalInterface
    public interface FriendshipConsumer {
        /** User {@code userId} lists {@code friendId} as a friend. */
        void accept(int userId, int friendId);
    }
}
