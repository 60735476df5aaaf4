package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.ArtistFollow;
import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.UserFollow;
import dev.spotrec.datasets.WorldSink;
import dev.spotrec.datasets.WorldSpec;

/**
 * Streams a seeded synthetic world. The catalog, users, taste and follow graph are built first in
 * compact arrays (O(artists + tracks + users + follows) memory); playlists are then generated one
 * at a time, owner by owner, each user's top items right after their last playlist, so a world of a
 * million playlists never holds more than one user's playlists. Every random draw comes from a
 * stream derived from (seed, purpose, entity), so the output is a pure function of the spec.
 */
public final class SyntheticWorld {
    private SyntheticWorld() {}

    /** Generates the world of {@code spec} into {@code sink}, ending with {@code sink.end()}. */
    public static void stream(WorldSpec.Synthetic spec, WorldSink sink) {
        SyntheticCatalog catalog = new SyntheticCatalog(spec);
        new CatalogEmitter(catalog).emit(sink);
        SyntheticPeople people = new SyntheticPeople(catalog);
        SocialGraph social = new SocialGraph(catalog, people);
        for (int u = 0; u < people.users; u++) {
            sink.user(people.user(u, social.userFollowers[u]));
        }
        PlaylistMaker playlists = new PlaylistMaker(catalog, people, social);
        TopItemsMaker top = new TopItemsMaker(catalog, people);
        IntList own = new IntList(1024);
        for (int u = 0; u < people.users; u++) {
            own.clear();
            int newest = 0;
            for (int i = people.firstPlaylist[u]; i < people.firstPlaylist[u + 1]; i++) {
                newest = own.size();
                sink.playlist(playlists.make(i, own));
            }
            for (TopItems t : top.make(u, own, newest)) {
                sink.topItems(t);
            }
        }
        emitFollows(catalog, people, social, sink);
        sink.end();
    }

    private static void emitFollows(
            SyntheticCatalog catalog, SyntheticPeople people, SocialGraph social, WorldSink sink) {
        for (int u = 0; u < people.users; u++) {
            String user = people.userId[u];
            for (int k = social.playlistFollowStart[u];
                    k < social.playlistFollowStart[u + 1];
                    k++) {
                sink.playlistFollow(
                        new PlaylistFollow(user, people.playlistId[social.playlistFollows.get(k)]));
            }
        }
        for (int u = 0; u < people.users; u++) {
            String user = people.userId[u];
            for (int k = social.artistFollowStart[u]; k < social.artistFollowStart[u + 1]; k++) {
                sink.artistFollow(
                        new ArtistFollow(user, catalog.artistId[social.artistFollows.get(k)]));
            }
        }
        for (int u = 0; u < people.users; u++) {
            String user = people.userId[u];
            for (int k = social.userFollowStart[u]; k < social.userFollowStart[u + 1]; k++) {
                sink.userFollow(new UserFollow(user, people.userId[social.userFollows.get(k)]));
            }
        }
    }
}
