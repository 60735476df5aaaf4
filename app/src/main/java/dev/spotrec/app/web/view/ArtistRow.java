package dev.spotrec.app.web.view;

/**
 * One of the user's top artists.
 *
 * @param id the Spotify id
 * @param name the name
 * @param imageUrl a picture, or {@code null}
 */
public record ArtistRow(String id, String name, String imageUrl) {}
