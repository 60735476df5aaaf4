package dev.spotrec.datasets;

import java.util.List;

/** Argument checks shared by the domain records; every message names the argument and the value. */
final class Require {
    private Require() {}

    static String base62Id(String what, String id) {
        if (!SpotifyIds.isBase62Id(id)) {
            throw new IllegalArgumentException(
                    what + " must be a 22-character base62 Spotify id, got " + quote(id));
        }
        return id;
    }

    static String userId(String what, String id) {
        if (!SpotifyIds.isUserId(id)) {
            throw new IllegalArgumentException(
                    what + " must be a Spotify user id (1-64 of [A-Za-z0-9._-]), got " + quote(id));
        }
        return id;
    }

    static String text(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    static int range(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    what + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    static long nonNegative(String what, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be >= 0, got " + value);
        }
        return value;
    }

    static double unit(String what, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(what + " must be in [0, 1], got " + value);
        }
        return value;
    }

    static List<String> ids(String what, List<String> ids, boolean nonEmpty) {
        if (ids == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        List<String> copy = List.copyOf(ids);
        if (nonEmpty && copy.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        for (String id : copy) {
            base62Id(what + " element", id);
        }
        return copy;
    }

    static List<String> strings(String what, List<String> values) {
        if (values == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return List.copyOf(values);
    }

    static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
