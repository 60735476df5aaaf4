package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds playlist i of a synthetic world from its owner's taste.
 *
 * <p>Design: a first-order walk over the catalog. The length is log-normal around the spec's mean
 * (clipped to 1..250, as in the MPD). Each next track is, with probability 0.2, another song of the
 * previous track's artist (album listening); otherwise it is drawn by popularity from the theme
 * genre (0.65), another taste genre of the owner (0.25) or the whole catalog (0.1), each through an
 * alias table in O(1). A track already in the playlist is redrawn. Names combine mood and genre
 * words. Items are added over time before {@link #EPOCH}. O(length) per playlist.
 */
final class PlaylistMaker {
    /** Every synthetic timestamp lies before this instant, so worlds do not depend on the clock. */
    static final Instant EPOCH = Instant.parse("2025-06-01T00:00:00Z");

    private final SyntheticCatalog c;
    private final SyntheticPeople people;
    private final SocialGraph social;
    private final boolean[] inPlaylist;

    PlaylistMaker(SyntheticCatalog catalog, SyntheticPeople people, SocialGraph social) {
        this.c = catalog;
        this.people = people;
        this.social = social;
        this.inPlaylist = new boolean[catalog.tracks];
    }

    /** Playlist i; its track indices are appended to {@code picked}. */
    Playlist make(int i, IntList picked) {
        SplittableRandom r = people.playlistRng(i);
        int owner = people.ownerOf[i];
        int theme = people.tasteDraw(owner, r); // replays the theme draw of SyntheticPeople
        double sigma = 0.6;
        int length =
                (int)
                        Math.round(
                                c.spec.length()
                                        * Math.exp(r.nextGaussian() * sigma - sigma * sigma / 2));
        length = Math.max(1, Math.min(250, length));
        int start = picked.size();
        int prev = -1;
        for (int k = 0; k < length; k++) {
            int t = -1;
            for (int attempt = 0; attempt < 8 && (t < 0 || inPlaylist[t]); attempt++) {
                t = next(r, owner, theme, prev);
            }
            if (!inPlaylist[t]) {
                inPlaylist[t] = true;
                picked.add(t);
                prev = t;
            }
        }
        for (int k = start; k < picked.size(); k++) {
            inPlaylist[picked.get(k)] = false;
        }
        boolean collaborative = r.nextDouble() < 0.04;
        List<PlaylistItem> items = items(r, owner, collaborative, picked, start);
        String name = name(r, theme);
        String description = r.nextDouble() < 0.4 ? description(r, owner, theme) : "";
        return new Playlist(
                people.playlistId[i],
                people.userId[owner],
                name,
                description,
                r.nextDouble() < 0.85,
                collaborative,
                social.playlistFollowers[i],
                items);
    }

    private int next(SplittableRandom r, int owner, int theme, int prev) {
        if (prev >= 0 && r.nextDouble() < 0.2) {
            int a = c.trackArtist(prev);
            int first = c.artistFirstTrack[a];
            int n = c.artistFirstTrack[a + 1] - first;
            double s = r.nextDouble();
            return first + (int) (n * s * s);
        }
        double x = r.nextDouble();
        int g = x < 0.65 ? theme : x < 0.9 ? people.tasteDraw(owner, r) : -1;
        return g < 0 ? c.allTracks.sample(r) : c.genreTracks[g].sample(r);
    }

    private List<PlaylistItem> items(
            SplittableRandom r, int owner, boolean collaborative, IntList picked, int start) {
        int n = picked.size() - start;
        long span = 86_400L * (1 + r.nextInt(1800));
        long created = EPOCH.getEpochSecond() - span;
        long step = Math.max(1, span / (n + 1));
        List<PlaylistItem> items = new ArrayList<>(n);
        long at = created;
        int friends = social.userFollowStart[owner + 1] - social.userFollowStart[owner];
        for (int k = 0; k < n; k++) {
            at += 1 + r.nextLong(step);
            int by = owner;
            if (collaborative && friends > 0 && r.nextDouble() < 0.4) {
                by = social.userFollows.get(social.userFollowStart[owner] + r.nextInt(friends));
            }
            items.add(
                    new PlaylistItem(
                            c.trackId[picked.get(start + k)],
                            Instant.ofEpochSecond(at),
                            people.userId[by]));
        }
        return items;
    }

    private String name(SplittableRandom r, int theme) {
        String genre = Genres.NAMES[theme][r.nextInt(3)];
        String mood = Names.pick(r, Genres.MOODS);
        String name =
                switch (r.nextInt(6)) {
                    case 0 -> mood + " " + genre;
                    case 1 -> genre + " " + mood;
                    case 2 -> mood + " " + genre + " vibes";
                    case 3 -> genre + " for " + Names.pick(r, Genres.ACTIVITIES);
                    case 4 -> "my " + genre + " mix";
                    default -> mood + " " + genre + " " + (1960 + 10 * r.nextInt(7)) + "s";
                };
        return r.nextBoolean() ? titleCase(name) : name;
    }

    private String description(SplittableRandom r, int owner, int theme) {
        int other = people.tasteDraw(owner, r);
        String genre = Genres.NAMES[theme][0];
        return other == theme
                ? "The best " + genre + " for " + Names.pick(r, Genres.ACTIVITIES) + "."
                : "A "
                        + Names.pick(r, Genres.MOODS)
                        + " mix of "
                        + genre
                        + " and "
                        + Genres.NAMES[other][0]
                        + ".";
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean up = true;
        for (char ch : s.toCharArray()) {
            sb.append(up ? Character.toUpperCase(ch) : ch);
            up = ch == ' ';
        }
        return sb.toString().replace(" For ", " for ");
    }
}
