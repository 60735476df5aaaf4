package dev.spotrec.crawler;

import static dev.spotrec.crawler.Kind.*;

import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.spotify.ApiMode;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.warehouse.FrontierEntry;
import dev.spotrec.warehouse.FrontierStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Playlists and their owners, the social half of the plan. A playlist's depth is its social degree:
 * 0 for seed playlists, d for the playlists of a user d owner-hops away. Its owner gets degree d +
 * 1; owners up to {@link Kind#MAX_SOCIAL_DEGREE} have their public playlists read, and the
 * playlists in that list owned by others are stored as the user's follows. Every owner gets a users
 * row from the playlist's owner object, which its profile (where readable) replaces. Items after
 * the first page are read with a {@code fields} filter that keeps only what is stored.
 */
final class PlaylistExpander {
    private static final String TRACKS_FIELDS =
            "items(added_at,added_by(id),is_local,track(id,type)),limit,next,offset,total";
    private static final String ITEMS_FIELDS =
            "items(added_at,added_by(id),is_local,item(id,type)),limit,next,offset,total";

    private final SpotifyClient client;
    private final Long runId;

    PlaylistExpander(SpotifyClient client, long runId) {
        this.client = client;
        this.runId = runId;
    }

    void fetch(FrontierEntry e, Outcome out) {
        Playlist p = client.playlists().get(e.entityId());
        String owner = p.owner().id();
        out.discover(USER, owner, e.depth() + 1);
        // Every owner gets a users row even where its profile is closed (development mode).
        var ownerRow = Mapping.owner(p.owner());
        out.write(b -> b.userIfMissing(ownerRow));
        Page<dev.spotrec.spotify.model.PlaylistItem> first = p.items();
        if (first == null) {
            var row = Mapping.playlist(p, List.of());
            out.store(PLAYLIST, b -> b.playlistDetails(row));
            out.settle(
                    FrontierEntry.pending(PLAYLIST_ITEMS, p.id(), e.depth())
                            .with(
                                    FrontierStatus.SKIPPED,
                                    "items are readable only for the user's own playlists in"
                                            + " development mode",
                                    runId));
        } else {
            List<PlaylistItem> items = items(p, first);
            var row = Mapping.playlist(p, items);
            out.store(PLAYLIST, b -> b.playlist(row));
            items.forEach(it -> out.discover(TRACK, it.trackId(), e.depth() + 1));
        }
        out.settle(e.with(FrontierStatus.DONE, null, runId));
    }

    private List<PlaylistItem> items(
            Playlist p, Page<dev.spotrec.spotify.model.PlaylistItem> first) {
        List<PlaylistItem> items = new ArrayList<>();
        add(items, first, p.owner().id());
        int offset = first.items().size();
        Page<dev.spotrec.spotify.model.PlaylistItem> page = first;
        boolean dev = client.mode().orElse(ApiMode.EXTENDED) == ApiMode.DEVELOPMENT;
        while (page.hasNext()) {
            page =
                    client.playlists()
                            .itemsPage(
                                    p.id(),
                                    offset,
                                    dev ? 50 : 100,
                                    dev ? ITEMS_FIELDS : TRACKS_FIELDS,
                                    null);
            if (page.items().isEmpty()) {
                break;
            }
            add(items, page, p.owner().id());
            offset += page.items().size();
        }
        return items;
    }

    private static void add(
            List<PlaylistItem> to,
            Page<dev.spotrec.spotify.model.PlaylistItem> page,
            String owner) {
        for (var it : page.items()) {
            PlaylistItem mapped = Mapping.item(it, owner);
            if (mapped != null) {
                to.add(mapped);
            }
        }
    }

    /** A playlist owner: the profile, and up to the maximum degree the public playlists. */
    void user(FrontierEntry e, Outcome out) {
        try {
            var row = Mapping.user(client.users().get(e.entityId()));
            out.store(USER, b -> b.user(row));
        } catch (SpotifyApiException ex) {
            if (ex.status() != 403 && ex.status() != 0) {
                throw ex;
            }
            out.settle(e.with(FrontierStatus.SKIPPED, reason(ex, "user profiles"), runId));
            return;
        }
        if (e.depth() <= MAX_SOCIAL_DEGREE) {
            try (Stream<Playlist> s = client.playlists().ofUser(e.entityId())) {
                s.forEach(p -> listed(e, p, out));
            }
        }
        out.settle(e.with(FrontierStatus.DONE, null, runId));
    }

    /**
     * A playlist in a user's public list. The list holds the playlists the user owns and those the
     * user follows, so one owned by someone else is a follow: the social graph without a login.
     */
    private static void listed(FrontierEntry user, Playlist p, Outcome out) {
        if (p == null || p.id() == null) {
            return;
        }
        if (p.owner() != null
                && p.owner().id() != null
                && !p.owner().id().equals(user.entityId())) {
            var follow = new PlaylistFollow(user.entityId(), p.id());
            out.write(b -> b.playlistFollow(follow));
        }
        out.discover(PLAYLIST, p.id(), user.depth());
    }

    static String reason(SpotifyApiException ex, String what) {
        return what + " are not available in this app's mode (HTTP " + ex.status() + ")";
    }
}
