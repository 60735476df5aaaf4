package dev.spotrec.recommender;

import java.util.Objects;

/**
 * One piece of an {@link Explanation}: why an item was recommended.
 *
 * @param kind what kind of evidence this is
 * @param key the key of the evidence: a seed item's key, a connection's user key, a tag or
 *     attribute name, a title token, or null when there is none (popularity, latent taste)
 * @param weight how much this evidence contributed (model-specific scale, larger is stronger)
 */
public record Reason(Kind kind, String key, double weight) {

    /** Kinds of evidence. */
    public enum Kind {
        /** The item is similar to, or co-occurs with, this seed item. */
        SEED_ITEM,
        /** A social connection (friend, owner of a followed playlist) likes the item. */
        CONNECTION,
        /** The item shares this tag, genre or attribute with the seed. */
        ATTRIBUTE,
        /** Playlists whose title holds this token contain the item. */
        TITLE_TOKEN,
        /** The item is, or is by, one of the user's own top items or artists. */
        TOP_ITEM,
        /** The item is popular overall. */
        POPULARITY,
        /** The item matches the seed's latent taste profile as a whole. */
        LATENT
    }

    /** Validates the kind and weight. */
    public Reason {
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(weight)) {
            throw new RecommenderException(
                    "Reason: weight must be finite, got " + weight + " for " + kind);
        }
    }

    /** Returns a short human-readable phrase, e.g. {@code "like seed item 3abc (0.41)"}. */
    public String describe() {
        String w = String.format(java.util.Locale.ROOT, "%.3g", weight);
        return switch (kind) {
            case SEED_ITEM -> "similar to seed item " + key + " (" + w + ")";
            case CONNECTION -> "liked by connection " + key + " (" + w + ")";
            case ATTRIBUTE -> "shares " + key + " (" + w + ")";
            case TITLE_TOKEN -> "fits the title word '" + key + "' (" + w + ")";
            case TOP_ITEM -> "from your top items: " + key + " (" + w + ")";
            case POPULARITY -> "popular overall (" + w + ")";
            case LATENT -> "matches the playlist's overall taste (" + w + ")";
        };
    }
}
