package dev.spotrec.emulator.internal;

/**
 * Builds the URLs inside responses. API links ({@code href}, {@code next}) point at this emulator
 * so that clients can follow them; {@code external_urls} keep Spotify's public form. The base is
 * set once the server has bound its port, before the first request is served.
 */
final class Urls {
    private volatile String base = "";

    void base(String value) {
        base = value;
    }

    String base() {
        return base;
    }

    String api(String collection, String id) {
        return base + "/v1/" + collection + "/" + id;
    }

    String open(String kind, String id) {
        return "https://open.spotify.com/" + kind + "/" + id;
    }

    String image(String id, int size) {
        return base + "/images/" + id + "-" + size + ".png";
    }
}
