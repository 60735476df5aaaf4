package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.User;
import java.util.SplittableRandom;

/**
 * Users of a synthetic world, their taste, and who owns which playlist.
 *
 * <p>Design: a user's taste is a mixture of one to three genres (drawn by genre size, so popular
 * genres have more fans) with weights from normalised exponential draws, i.e. a flat Dirichlet
 * (Blei, Ng and Jordan 2003 use the same device for topic mixtures). Playlist counts per user
 * follow a log-normal activity, so a few curators own many playlists and many users none. Playlists
 * are numbered in owner order, which lets the generator finish one user (playlists, then top items)
 * before starting the next. Each playlist's theme genre is drawn from its owner's taste by the
 * first draw of the playlist's own random stream. O(users + playlists).
 */
final class SyntheticPeople {
    static final int MAX_TASTE = 3;

    final int users;
    final int playlists;
    final String[] userId;
    final int[] tasteGenre;
    final double[] tasteWeight;
    final int[] firstPlaylist;
    final int[] ownerOf;
    final byte[] theme;
    final String[] playlistId;
    private final Seeds seeds;

    SyntheticPeople(SyntheticCatalog catalog) {
        this.seeds = catalog.seeds;
        this.users = catalog.spec.users();
        this.playlists = catalog.spec.playlists();
        userId = new String[users];
        tasteGenre = new int[users * MAX_TASTE];
        tasteWeight = new double[users * MAX_TASTE];
        firstPlaylist = new int[users + 1];
        ownerOf = new int[playlists];
        theme = new byte[playlists];
        playlistId = new String[playlists];
        AliasTable genrePick = populatedGenres(catalog);
        long userSpace = seeds.idSpace(4);
        double[] activity = new double[users];
        for (int u = 0; u < users; u++) {
            userId[u] = SpotifyIds.derive(userSpace, u);
            SplittableRandom r = seeds.rng(Seeds.USER, u);
            drawTaste(u, r, genrePick);
            activity[u] = Math.exp(r.nextGaussian() * 1.1);
        }
        assignOwners(activity);
        long playlistSpace = seeds.idSpace(5);
        for (int i = 0; i < playlists; i++) {
            playlistId[i] = SpotifyIds.derive(playlistSpace, i);
            theme[i] = (byte) tasteDraw(ownerOf[i], playlistRng(i));
        }
    }

    /** The random stream of playlist i; its first draw picks the theme. */
    SplittableRandom playlistRng(int i) {
        return seeds.rng(Seeds.PLAYLIST, i);
    }

    /** Draws one of the user's taste genres by weight. */
    int tasteDraw(int u, SplittableRandom r) {
        double x = r.nextDouble();
        int base = u * MAX_TASTE;
        for (int k = 0; k < MAX_TASTE && tasteGenre[base + k] >= 0; k++) {
            x -= tasteWeight[base + k];
            if (x < 0) {
                return tasteGenre[base + k];
            }
        }
        return tasteGenre[base];
    }

    int primaryGenre(int u) {
        return tasteGenre[u * MAX_TASTE];
    }

    User user(int u, long followers) {
        SplittableRandom r = seeds.rng(Seeds.USER, -1 - u);
        String country = Names.COUNTRIES[r.nextInt(Names.COUNTRIES.length)];
        String product = r.nextDouble() < 0.55 ? "premium" : "free";
        String name =
                r.nextDouble() < 0.7
                        ? Names.person(r)
                        : Names.person(r).toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
        return new User(userId[u], name, country, product, followers);
    }

    private static AliasTable populatedGenres(SyntheticCatalog c) {
        double[] w = new double[c.genres];
        for (int g = 0; g < c.genres; g++) {
            w[g] = c.genreTracks[g] == null ? 0 : 1.0 / Math.sqrt(g + 1);
        }
        return new AliasTable(w);
    }

    private void drawTaste(int u, SplittableRandom r, AliasTable genrePick) {
        int base = u * MAX_TASTE;
        double u01 = r.nextDouble();
        int k = u01 < 0.35 ? 1 : u01 < 0.8 ? 2 : 3;
        double sum = 0;
        int filled = 0;
        for (int attempt = 0; filled < k && attempt < 20; attempt++) {
            int g = genrePick.sample(r);
            boolean dup = false;
            for (int j = 0; j < filled; j++) {
                dup |= tasteGenre[base + j] == g;
            }
            if (!dup) {
                tasteGenre[base + filled] = g;
                tasteWeight[base + filled] =
                        -Math.log(1 - r.nextDouble()) + (filled == 0 ? 1.0 : 0.0);
                sum += tasteWeight[base + filled];
                filled++;
            }
        }
        for (int j = 0; j < MAX_TASTE; j++) {
            if (j < filled) {
                tasteWeight[base + j] /= sum;
            } else {
                tasteGenre[base + j] = -1;
            }
        }
    }

    private void assignOwners(double[] activity) {
        int[] count = new int[users];
        if (playlists > 0) {
            AliasTable owners = new AliasTable(activity);
            SplittableRandom r = seeds.rng(Seeds.OWNERS, 0);
            for (int i = 0; i < playlists; i++) {
                count[owners.sample(r)]++;
            }
        }
        for (int u = 0; u < users; u++) {
            firstPlaylist[u + 1] = firstPlaylist[u] + count[u];
            for (int i = firstPlaylist[u]; i < firstPlaylist[u + 1]; i++) {
                ownerOf[i] = u;
            }
        }
    }
}
