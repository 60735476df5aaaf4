package dev.spotrec.datasets.internal;

import java.util.SplittableRandom;

/**
 * Who follows which playlist, artist and user in a synthetic world, decided before any playlist is
 * emitted so that follower counts are exact ground truth.
 *
 * <p>Design: each user makes a log-normal number of playlist follows. Most are drawn from the
 * user's taste (a playlist whose theme is one of the user's genres, skewed toward the front of the
 * genre's list so that follower counts are heavy-tailed); a quarter close a triangle (another
 * playlist of, or followed by, the owner of a playlist the user already follows: the second-degree
 * structure the social signal uses; Granovetter 1973 on triadic closure); the rest are uniform
 * noise. A user follows the owner of a followed playlist with probability 0.3, and follows artists
 * drawn by popularity from their taste genres. Storage is CSR (compressed sparse rows); time
 * O(users * follows per user).
 */
final class SocialGraph {
    final int[] playlistFollowStart;
    final IntList playlistFollows = new IntList();
    final int[] artistFollowStart;
    final IntList artistFollows = new IntList();
    final int[] userFollowStart;
    final IntList userFollows = new IntList();
    final int[] playlistFollowers;
    final int[] userFollowers;

    private final SyntheticPeople people;
    private final int[][] playlistsByGenre;

    SocialGraph(SyntheticCatalog catalog, SyntheticPeople people) {
        this.people = people;
        int users = people.users;
        playlistFollowStart = new int[users + 1];
        artistFollowStart = new int[users + 1];
        userFollowStart = new int[users + 1];
        playlistFollowers = new int[people.playlists];
        userFollowers = new int[users];
        playlistsByGenre = groupByTheme(catalog.genres);
        for (int u = 0; u < users; u++) {
            SplittableRandom r = catalog.seeds.rng(Seeds.FOLLOWS, u);
            followPlaylists(u, r);
            followArtists(u, r, catalog);
            followOwners(u, r);
        }
    }

    private int[][] groupByTheme(int genres) {
        IntList[] lists = new IntList[genres];
        for (int g = 0; g < genres; g++) {
            lists[g] = new IntList();
        }
        for (int i = 0; i < people.playlists; i++) {
            lists[people.theme[i]].add(i);
        }
        int[][] out = new int[genres][];
        for (int g = 0; g < genres; g++) {
            out[g] = lists[g].toArray();
        }
        return out;
    }

    private void followPlaylists(int u, SplittableRandom r) {
        int start = playlistFollows.size();
        int own = people.firstPlaylist[u + 1] - people.firstPlaylist[u];
        int available = people.playlists - own;
        int want =
                Math.min(
                        available,
                        (int) Math.min(150, Math.floor(Math.exp(1.2 + 0.8 * r.nextGaussian()))));
        for (int attempt = 0;
                playlistFollows.size() - start < want && attempt < want * 4;
                attempt++) {
            int p = drawPlaylist(u, r, start);
            if (p >= 0 && people.ownerOf[p] != u && !containsFrom(playlistFollows, start, p)) {
                playlistFollows.add(p);
                playlistFollowers[p]++;
            }
        }
        playlistFollowStart[u + 1] = playlistFollows.size();
    }

    private int drawPlaylist(int u, SplittableRandom r, int start) {
        double x = r.nextDouble();
        int followed = playlistFollows.size() - start;
        if (x < 0.25 && followed > 0) {
            int owner = people.ownerOf[playlistFollows.get(start + r.nextInt(followed))];
            int theirFollows =
                    owner < u ? playlistFollowStart[owner + 1] - playlistFollowStart[owner] : 0;
            if (theirFollows > 0 && r.nextBoolean()) {
                return playlistFollows.get(playlistFollowStart[owner] + r.nextInt(theirFollows));
            }
            int first = people.firstPlaylist[owner];
            return first + r.nextInt(people.firstPlaylist[owner + 1] - first);
        }
        if (x < 0.9) {
            int[] pool = playlistsByGenre[people.tasteDraw(u, r)];
            if (pool.length == 0) {
                return -1;
            }
            double s = r.nextDouble();
            return pool[(int) (pool.length * s * s)];
        }
        return r.nextInt(people.playlists);
    }

    private void followArtists(int u, SplittableRandom r, SyntheticCatalog catalog) {
        int start = artistFollows.size();
        int want = Math.min(catalog.artists, 2 + r.nextInt(19));
        for (int attempt = 0;
                artistFollows.size() - start < want && attempt < want * 4;
                attempt++) {
            int a = catalog.genreArtists[people.tasteDraw(u, r)].sample(r);
            if (!containsFrom(artistFollows, start, a)) {
                artistFollows.add(a);
            }
        }
        artistFollowStart[u + 1] = artistFollows.size();
    }

    private void followOwners(int u, SplittableRandom r) {
        int start = userFollows.size();
        for (int k = playlistFollowStart[u]; k < playlistFollowStart[u + 1]; k++) {
            int owner = people.ownerOf[playlistFollows.get(k)];
            if (r.nextDouble() < 0.3 && owner != u && !containsFrom(userFollows, start, owner)) {
                userFollows.add(owner);
                userFollowers[owner]++;
            }
        }
        userFollowStart[u + 1] = userFollows.size();
    }

    private static boolean containsFrom(IntList list, int start, int value) {
        for (int i = start; i < list.size(); i++) {
            if (list.get(i) == value) {
                return true;
            }
        }
        return false;
    }
}
