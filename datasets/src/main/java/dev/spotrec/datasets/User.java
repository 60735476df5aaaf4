package dev.spotrec.datasets;

/**
 * A Spotify user.
 *
 * @param id user id (Spotify user ids are user names, e.g. {@code spotify}, or generated ids)
 * @param displayName display name
 * @param country ISO 3166-1 alpha-2 country; null when unknown
 * @param product {@code premium}, {@code free} or {@code open}; null when unknown
 * @param followers follower count
 */
public record User(String id, String displayName, String country, String product, long followers) {
    /** Validates the arguments. */
    public User {
        Require.userId("user.id", id);
        Require.text("user.displayName", displayName);
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(
                    "user.country must be an ISO 3166-1 alpha-2 code, got "
                            + Require.quote(country));
        }
        Require.nonNegative("user.followers", followers);
    }

    /** The Spotify URI, {@code spotify:user:ID}. */
    public String uri() {
        return "spotify:user:" + id;
    }
}
