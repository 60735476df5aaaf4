package dev.spotrec.datasets;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a world comes from, in the command-line form {@code SPEC}:
 *
 * <ul>
 *   <li>{@code synthetic:seed=7,users=2000,artists=1500,playlists=6000} (every key optional);
 *   <li>{@code spotify-csv:PATH} (a CSV file, or a directory of {@code *.csv});
 *   <li>{@code mpd:DIR} (a directory of {@code mpd.slice.*.json}, or one slice file);
 *   <li>{@code hetrec:DIR} (the HetRec 2011 Last.fm 2k directory).
 * </ul>
 *
 * {@link #toString()} gives the canonical spec, which parses back to an equal value.
 */
public sealed interface WorldSpec {

    /**
     * Parses a spec.
     *
     * @throws IllegalArgumentException naming the spec and, for synthetic specs, the bad key
     */
    static WorldSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("world spec is empty; " + Synthetic.FORMS);
        }
        String s = spec.strip();
        int colon = s.indexOf(':');
        String scheme = (colon < 0 ? s : s.substring(0, colon)).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : s.substring(colon + 1);
        return switch (scheme) {
            case "synthetic" -> Synthetic.parseKeys(spec, rest);
            case "spotify-csv" -> new SpotifyCsv(path(spec, rest));
            case "mpd" -> new Mpd(path(spec, rest));
            case "hetrec" -> new HetRec(path(spec, rest));
            default ->
                    throw new IllegalArgumentException(
                            "unknown world spec '" + spec + "'; " + Synthetic.FORMS);
        };
    }

    private static Path path(String spec, String rest) {
        if (rest.isBlank()) {
            throw new IllegalArgumentException(
                    "world spec '" + spec + "' needs a path after the colon");
        }
        return Path.of(rest.strip());
    }

    /**
     * A seeded synthetic world (see {@link Worlds#generate}).
     *
     * @param seed the random seed; the same spec always gives a byte-identical world
     * @param users number of users
     * @param artists number of artists
     * @param tracks number of tracks, version tracks included; at least {@code artists}
     * @param playlists number of playlists
     * @param genres number of genre clusters, 2 to 40
     * @param versions share of songs that come in several versions, 0 to 1
     * @param length mean playlist length, 1 to 250 items
     */
    record Synthetic(
            long seed,
            int users,
            int artists,
            int tracks,
            int playlists,
            int genres,
            double versions,
            int length)
            implements WorldSpec {
        static final String FORMS =
                "expected synthetic:KEY=VALUE,... (keys seed, users, artists, "
                        + "tracks, playlists, genres, versions, length), spotify-csv:PATH, mpd:DIR or hetrec:DIR";
        private static final int MAX_GENRES = 40;

        /** Validates the sizes. */
        public Synthetic {
            positive("users", users);
            positive("artists", artists);
            if (tracks < artists) {
                throw new IllegalArgumentException(
                        "synthetic: key 'tracks' ("
                                + tracks
                                + ") must be at least 'artists' ("
                                + artists
                                + "): every artist has a track");
            }
            if (playlists < 0) {
                throw new IllegalArgumentException(
                        "synthetic: key 'playlists' must be >= 0, got " + playlists);
            }
            if (genres < 2 || genres > MAX_GENRES) {
                throw new IllegalArgumentException(
                        "synthetic: key 'genres' must be in [2, "
                                + MAX_GENRES
                                + "], got "
                                + genres);
            }
            if (!(versions >= 0 && versions <= 1)) {
                throw new IllegalArgumentException(
                        "synthetic: key 'versions' must be in [0, 1], got " + versions);
            }
            if (length < 1 || length > 250) {
                throw new IllegalArgumentException(
                        "synthetic: key 'length' must be in [1, 250], got " + length);
            }
        }

        /** The demo world: 2,000 users, 1,500 artists, 12,000 tracks, 6,000 playlists. */
        public static Synthetic defaults() {
            return (Synthetic) parse("synthetic:");
        }

        /** The same spec with another seed. */
        public Synthetic withSeed(long newSeed) {
            return new Synthetic(
                    newSeed, users, artists, tracks, playlists, genres, versions, length);
        }

        @Override
        public String toString() {
            return "synthetic:seed="
                    + seed
                    + ",users="
                    + users
                    + ",artists="
                    + artists
                    + ",tracks="
                    + tracks
                    + ",playlists="
                    + playlists
                    + ",genres="
                    + genres
                    + ",versions="
                    + versions
                    + ",length="
                    + length;
        }

        static Synthetic parseKeys(String spec, String body) {
            Map<String, String> kv = new LinkedHashMap<>();
            for (String part : body.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException(
                            "synthetic spec '"
                                    + spec
                                    + "': '"
                                    + part.strip()
                                    + "' is not KEY=VALUE");
                }
                String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (kv.put(key, part.substring(eq + 1).strip()) != null) {
                    throw new IllegalArgumentException(
                            "synthetic spec '" + spec + "': key '" + key + "' is given twice");
                }
            }
            Keys k = new Keys(spec, kv);
            int artists = k.integer("artists", 1500);
            Synthetic result =
                    new Synthetic(
                            k.longValue("seed", 1),
                            k.integer("users", 2000),
                            artists,
                            k.integer("tracks", (int) Math.min(Integer.MAX_VALUE, 8L * artists)),
                            k.integer("playlists", 6000),
                            k.integer("genres", 12),
                            k.decimal("versions", 0.1),
                            k.integer("length", 40));
            k.rejectUnknown();
            return result;
        }

        private static void positive(String key, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(
                        "synthetic: key '" + key + "' must be >= 1, got " + value);
            }
        }

        /** Typed reads of the key/value pairs, with errors naming the key and the spec. */
        private record Keys(String spec, Map<String, String> kv) {
            int integer(String key, int dflt) {
                long v = longValue(key, dflt);
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw bad(key, "an integer below 2^31");
                }
                return (int) v;
            }

            long longValue(String key, long dflt) {
                String v = kv.remove(key);
                if (v == null) {
                    return dflt;
                }
                try {
                    return Long.parseLong(v.replace("_", ""));
                } catch (NumberFormatException e) {
                    throw bad(key, "an integer, got '" + v + "'");
                }
            }

            double decimal(String key, double dflt) {
                String v = kv.remove(key);
                if (v == null) {
                    return dflt;
                }
                try {
                    return Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw bad(key, "a number, got '" + v + "'");
                }
            }

            void rejectUnknown() {
                if (!kv.isEmpty()) {
                    throw new IllegalArgumentException(
                            "synthetic spec '"
                                    + spec
                                    + "': unknown key '"
                                    + kv.keySet().iterator().next()
                                    + "'; known keys are seed, users, artists, tracks, "
                                    + "playlists, genres, versions, length");
                }
            }

            private IllegalArgumentException bad(String key, String what) {
                return new IllegalArgumentException(
                        "synthetic spec '" + spec + "': key '" + key + "' must be " + what);
            }
        }
    }

    /**
     * The Spotify playlist CSV (2024) format.
     *
     * @param path a CSV file, or a directory whose {@code *.csv} files are read in name order
     */
    record SpotifyCsv(Path path) implements WorldSpec {
        /** Validates the argument. */
        public SpotifyCsv {
            if (path == null) {
                throw new IllegalArgumentException("spotify-csv: path must not be null");
            }
        }

        @Override
        public String toString() {
            return "spotify-csv:" + path;
        }
    }

    /**
     * The Million Playlist Dataset JSON format.
     *
     * @param path a directory of {@code mpd.slice.*.json}, or one slice file
     */
    record Mpd(Path path) implements WorldSpec {
        /** Validates the argument. */
        public Mpd {
            if (path == null) {
                throw new IllegalArgumentException("mpd: path must not be null");
            }
        }

        @Override
        public String toString() {
            return "mpd:" + path;
        }
    }

    /**
     * The HetRec 2011 Last.fm 2k dataset.
     *
     * @param path its directory, holding {@code artists.dat}, {@code user_artists.dat} and friends
     */
    record HetRec(Path path) implements WorldSpec {
        /** Validates the argument. */
        public HetRec {
            if (path == null) {
                throw new IllegalArgumentException("hetrec: path must not be null");
            }
        }

        @Override
        public String toString() {
            return "hetrec:" + path;
        }
    }
}
