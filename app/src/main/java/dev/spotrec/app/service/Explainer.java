package dev.spotrec.app.service;

import dev.spotrec.recommender.Explanation;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a model's {@link Explanation} into sentences a listener understands, with track, artist and
 * user names from the {@link Catalog} instead of ids: "because this playlist has Song by Artist",
 * "popular in playlists by Ann, whom you follow", "sounds like Song by Artist (similar energy)".
 *
 * <p>For an attribute reason (an audio feature, popularity, release year) the sentence names the
 * seed track closest to the recommended one on that attribute: O(seed length) per reason.
 */
final class Explainer {
    private final TrainingData data;
    private final Catalog catalog;

    Explainer(TrainingData data, Catalog catalog) {
        this.data = data;
        this.catalog = catalog;
    }

    /** One phrase per reason, strongest first; never empty. */
    List<String> phrases(Explanation e, Seed seed, int item) {
        List<String> out = new ArrayList<>();
        for (Reason r : e.reasons()) {
            String p = phrase(r, seed, item);
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            out.add("popular across all playlists");
        }
        return out;
    }

    private String phrase(Reason r, Seed seed, int item) {
        String key = r.key();
        return switch (r.kind()) {
            case SEED_ITEM -> "because this playlist has " + catalog.songByArtist(key);
            case CONNECTION ->
                    "popular in playlists by " + catalog.userName(key) + ", whom you follow";
            case ATTRIBUTE -> attribute(key, seed, item);
            case TITLE_TOKEN -> "fits the playlist name's word '" + key + "'";
            case TOP_ITEM ->
                    data.items().id(key) >= 0
                            ? "because " + catalog.songByArtist(key) + " is one of your top tracks"
                            : "by " + catalog.artistName(key) + ", one of your top artists";
            case POPULARITY -> "popular across all playlists";
            case LATENT -> "matches this playlist's overall taste";
        };
    }

    private String attribute(String key, Seed seed, int item) {
        int attr = key == null ? -1 : data.attributes().id(key);
        if (attr < 0) {
            return key == null
                    ? "shares attributes with this playlist"
                    : "shares the genre " + key + " with this playlist";
        }
        int nearest = nearestSeedItem(seed, item, attr);
        if (nearest < 0) {
            return "has a " + key + " like this playlist's";
        }
        String song = catalog.songByArtist(data.items().key(nearest));
        return switch (key) {
            case "release year" -> "from the same years as " + song;
            case "popularity" -> "about as popular as " + song;
            default -> "sounds like " + song + " (similar " + key.toLowerCase(Locale.ROOT) + ")";
        };
    }

    private int nearestSeedItem(Seed seed, int item, int attr) {
        float v = data.attribute(item, attr);
        if (Float.isNaN(v)) {
            return -1;
        }
        int best = -1;
        float bestDistance = Float.POSITIVE_INFINITY;
        for (int i = 0; i < seed.size(); i++) {
            float d = Math.abs(data.attribute(seed.item(i), attr) - v);
            if (d < bestDistance) {
                bestDistance = d;
                best = seed.item(i);
            }
        }
        return best;
    }
}
