package dev.spotrec.app.web.view;

/**
 * One of the user's playlists.
 *
 * @param id the Spotify id
 * @param name the name
 * @param tracks the number of tracks, or {@code null} when unknown
 * @param imageUrl the cover, or {@code null}
 */
public record PlaylistRow(String id, String name, Integer tracks, String imageUrl) {}
