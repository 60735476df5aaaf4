package dev.spotrec.spotify.model;

/**
 * Spotify's featured playlists (closed to new apps since 27 November 2024).
 *
 * @param message the localised headline
 * @param playlists the page of playlists
 */
public record FeaturedPlaylists(String message, Page<Playlist> playlists) {}
