package dev.spotrec.spotify.model;

/**
 * A cover art or profile image. Spotify omits the size for some images, so {@code height} and
 * {@code width} may be {@code null}.
 *
 * @param url the image's URL (temporary for playlist images)
 * @param height height in pixels, or {@code null}
 * @param width width in pixels, or {@code null}
 */
public record Image(String url, Integer height, Integer width) {}
