package dev.spotrec.datasets;

import java.util.List;

/**
 * A user's playlist with its items in order.
 *
 * @param id 22-character base62 id
 * @param ownerId the owning user
 * @param name title
 * @param description description; empty when there is none
 * @param isPublic whether it is public
 * @param collaborative whether other users may add items
 * @param followers follower count
 * @param items the items, in playlist order
 */
public record Playlist(
        String id,
        String ownerId,
        String name,
        String description,
        boolean isPublic,
        boolean collaborative,
        long followers,
        List<PlaylistItem> items) {
    /** Validates and copies the arguments. */
    public Playlist {
        Require.base62Id("playlist.id", id);
        Require.userId("playlist.ownerId", ownerId);
        Require.text("playlist.name", name);
        Require.text("playlist.description", description);
        Require.nonNegative("playlist.followers", followers);
        if (items == null) {
            throw new IllegalArgumentException("playlist.items must not be null");
        }
        items = List.copyOf(items);
    }

    /** The Spotify URI, {@code spotify:playlist:ID}. */
    public String uri() {
        return "spotify:playlist:" + id;
    }
}
