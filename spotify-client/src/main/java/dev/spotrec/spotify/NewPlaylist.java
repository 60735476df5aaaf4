package dev.spotrec.spotify;

/**
 * The details of a playlist to create.
 *
 * @param name the name, 1-100 characters
 * @param description the description, or {@code null}
 * @param isPublic whether it appears on the user's profile
 * @param collaborative whether others may edit it (must then be private)
 */
public record NewPlaylist(
        String name, String description, boolean isPublic, boolean collaborative) {

    /** Validates the details. */
    public NewPlaylist {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException(
                    "name must be 1-100 characters, got "
                            + (name == null ? "null" : "\"" + name + "\""));
        }
        if (collaborative && isPublic) {
            throw new IllegalArgumentException(
                    "a collaborative playlist must be private (isPublic=false)");
        }
    }

    /** {@return a private, non-collaborative playlist with this name} @param name the name */
    public static NewPlaylist named(String name) {
        return new NewPlaylist(name, null, false, false);
    }
}
