package dev.spotrec.spotify.model;

/**
 * Follower information. The Web API has no follower listing, so {@code href} is always {@code
 * null}. Removed from artists and users in development mode, where the whole object is {@code
 * null}.
 *
 * @param href always {@code null} in today's API
 * @param total number of followers
 */
public record Followers(String href, Integer total) {}
