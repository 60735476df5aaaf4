package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.AlbumType;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.WorldSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

/**
 * The catalog of a synthetic world (artists, albums, tracks) in compact parallel arrays, so that
 * two million tracks cost about 100 bytes each and records are only built when emitted.
 *
 * <p>Design: artist {@code a} has popularity rank {@code a} and sampling weight {@code (a+1)^-1}
 * (Zipf's law, the power law of music consumption; Celma 2010, "Music Recommendation and
 * Discovery", ch. 4). Its primary genre is drawn from genre sizes {@code (g+1)^-0.5}. Tracks are
 * shared out so every artist has one and the rest follow {@code (a+1)^-0.5}, by largest remainder.
 * An artist's tracks are contiguous: each song, then (for a {@code versions} share of songs) one or
 * two other versions of it. Songs fill albums and singles in release order; each version is a later
 * single. Building is O(artists + tracks) time and memory.
 */
final class SyntheticCatalog {
    static final int ORIGINAL = 0;
    static final int REMASTER = 1;
    static final int LIVE = 2;
    static final int REMIX = 3;
    static final int SPED_UP = 4;
    static final int ACOUSTIC = 5;

    final WorldSpec.Synthetic spec;
    final Seeds seeds;
    final int artists;
    final int tracks;
    final int genres;

    final int[] artistGenre;
    final double[] artistWeight;
    final int[] artistFirstTrack;
    final String[] artistId;

    final int[] trackAlbum;
    final int[] trackArtistOf;
    final int[] trackNumber;
    final int[] trackSong;
    final byte[] trackKind;
    final double[] trackWeight;
    final String[] trackName;
    final String[] trackId;

    final IntList albumArtist = new IntList();
    final IntList albumYear = new IntList();
    final List<AlbumType> albumType = new ArrayList<>();
    final List<String> albumName = new ArrayList<>();
    private final IntList albumTracks = new IntList();

    final AliasTable[] genreTracks;
    final AliasTable[] genreArtists;
    final AliasTable allTracks;

    SyntheticCatalog(WorldSpec.Synthetic spec) {
        this.spec = spec;
        this.seeds = new Seeds(spec.seed());
        this.artists = spec.artists();
        this.tracks = spec.tracks();
        this.genres = spec.genres();
        artistGenre = new int[artists];
        artistWeight = new double[artists];
        artistFirstTrack = new int[artists + 1];
        artistId = new String[artists];
        trackAlbum = new int[tracks];
        trackArtistOf = new int[tracks];
        trackNumber = new int[tracks];
        trackSong = new int[tracks];
        trackKind = new byte[tracks];
        trackWeight = new double[tracks];
        trackName = new String[tracks];
        trackId = new String[tracks];
        assignArtists();
        shareTracks();
        long trackSpace = seeds.idSpace(3);
        for (int a = 0; a < artists; a++) {
            layOut(a);
        }
        for (int t = 0; t < tracks; t++) {
            trackId[t] = SpotifyIds.derive(trackSpace, t);
        }
        genreTracks = byGenre(tracks, t -> artistGenre[trackArtist(t)], t -> trackWeight[t]);
        genreArtists = byGenre(artists, a -> artistGenre[a], a -> artistWeight[a]);
        allTracks = new AliasTable(trackWeight);
    }

    int albums() {
        return albumArtist.size();
    }

    int trackArtist(int t) {
        return trackArtistOf[t];
    }

    private void assignArtists() {
        double[] genreSize = new double[genres];
        for (int g = 0; g < genres; g++) {
            genreSize[g] = 1.0 / Math.sqrt(g + 1);
        }
        AliasTable genrePick = new AliasTable(genreSize);
        long space = seeds.idSpace(1);
        for (int a = 0; a < artists; a++) {
            artistWeight[a] = 1.0 / (a + 1);
            artistGenre[a] = genrePick.sample(seeds.rng(Seeds.ARTIST, a));
            artistId[a] = SpotifyIds.derive(space, a);
        }
    }

    /** One track per artist, the rest by largest remainder over weights (a+1)^-0.5. */
    private void shareTracks() {
        long extra = (long) tracks - artists;
        double[] w = new double[artists];
        double sum = 0;
        for (int a = 0; a < artists; a++) {
            w[a] = 1.0 / Math.sqrt(a + 1);
            sum += w[a];
        }
        int[] count = new int[artists];
        long given = 0;
        for (int a = 0; a < artists; a++) {
            count[a] = 1 + (int) Math.floor(extra * w[a] / sum);
            given += count[a] - 1;
        }
        // Leftovers go to the highest-weight artists, one each, in rank order.
        for (int a = 0; given < extra; a = (a + 1) % artists) {
            count[a]++;
            given++;
        }
        for (int a = 0; a < artists; a++) {
            artistFirstTrack[a + 1] = artistFirstTrack[a] + count[a];
            Arrays.fill(trackArtistOf, artistFirstTrack[a], artistFirstTrack[a + 1], a);
        }
    }

    /** Songs, versions and albums of artist a, in release order. */
    private void layOut(int a) {
        SplittableRandom r = seeds.rng(Seeds.ARTIST_LAYOUT, a);
        int first = artistFirstTrack[a];
        int end = artistFirstTrack[a + 1];
        int year = 2024 - (int) Math.floor(60 * Math.pow(r.nextDouble(), 1.7));
        Set<String> titles = new HashSet<>();
        int album = -1;
        int albumLeft = 0;
        int song = 0;
        for (int t = first; t < end; ) {
            if (albumLeft == 0) {
                year = Math.min(2025, year + (album < 0 ? 0 : r.nextInt(1, 3)));
                albumLeft = newAlbum(a, r, year);
                album = albums() - 1;
            }
            String title = uniqueTitle(r, titles);
            place(
                    t,
                    album,
                    trackNumber(album),
                    title,
                    t,
                    ORIGINAL,
                    artistWeight[a] / Math.pow(song + 1, 0.7));
            albumLeft--;
            int base = t++;
            song++;
            if (t < end && r.nextDouble() < spec.versions()) {
                int n = (t + 1 < end && r.nextDouble() < 0.35) ? 2 : 1;
                int firstKind = r.nextInt(1, 6);
                for (int v = 0; v < n; v++) {
                    int kind = 1 + (firstKind - 1 + v * 2) % 5;
                    int vYear = Math.min(2025, year + r.nextInt(1, 15));
                    addAlbum(a, AlbumType.SINGLE, vYear, null);
                    int vAlbum = albums() - 1;
                    String name = versionName(title, kind, vYear, r);
                    albumName.set(vAlbum, name);
                    place(t++, vAlbum, 1, name, base, kind, trackWeight[base] * 0.25);
                }
            }
        }
    }

    private int newAlbum(int a, SplittableRandom r, int year) {
        double u = r.nextDouble();
        if (u < 0.35) {
            addAlbum(a, AlbumType.SINGLE, year, null);
            return 1;
        }
        if (u < 0.55) {
            addAlbum(a, AlbumType.SINGLE, year, Names.album(r) + " EP");
            return r.nextInt(3, 6);
        }
        addAlbum(
                a,
                r.nextDouble() < 0.04 ? AlbumType.COMPILATION : AlbumType.ALBUM,
                year,
                Names.album(r));
        return r.nextInt(8, 15);
    }

    private void addAlbum(int a, AlbumType type, int year, String name) {
        albumArtist.add(a);
        albumYear.add(year);
        albumType.add(type);
        albumName.add(name);
        albumTracks.add(0);
    }

    private int trackNumber(int album) {
        albumTracks.set(album, albumTracks.get(album) + 1);
        return albumTracks.get(album);
    }

    private void place(int t, int album, int number, String name, int song, int kind, double w) {
        trackAlbum[t] = album;
        trackNumber[t] = number;
        trackName[t] = name;
        trackSong[t] = song;
        trackKind[t] = (byte) kind;
        trackWeight[t] = w;
        if (albumName.get(album) == null) {
            albumName.set(album, name);
        }
    }

    private static String uniqueTitle(SplittableRandom r, Set<String> taken) {
        for (int i = 0; i < 12; i++) {
            String title = Names.song(r);
            if (taken.add(title)) {
                return title;
            }
        }
        String title = Names.song(r);
        for (int part = 2; ; part++) {
            if (taken.add(title + " Pt. " + part)) {
                return title + " Pt. " + part;
            }
        }
    }

    static String versionName(String title, int kind, int year, SplittableRandom r) {
        boolean dash = r.nextBoolean();
        return switch (kind) {
            case REMASTER -> title + " - Remastered " + year;
            case LIVE -> title + (dash ? " - Live" : " (Live)");
            case REMIX -> title + " - " + Names.remixer(r) + " Remix";
            case SPED_UP -> title + (dash ? " - Sped Up" : " (Sped Up)");
            default -> title + (dash ? " - Acoustic Version" : " (Acoustic)");
        };
    }

    private AliasTable[] byGenre(int n, IntUnaryOperator genreOf, IntToDoubleFunction weightOf) {
        IntList[] members = new IntList[genres];
        for (int g = 0; g < genres; g++) {
            members[g] = new IntList();
        }
        for (int i = 0; i < n; i++) {
            members[genreOf.applyAsInt(i)].add(i);
        }
        AliasTable[] tables = new AliasTable[genres];
        for (int g = 0; g < genres; g++) {
            if (members[g].size() == 0) {
                continue;
            }
            int[] ids = members[g].toArray();
            double[] w = new double[ids.length];
            for (int i = 0; i < ids.length; i++) {
                w[i] = weightOf.applyAsDouble(ids[i]);
            }
            tables[g] = new AliasTable(w, ids);
        }
        return tables;
    }
}
