package dev.spotrec.spotify.model;

/**
 * An author or narrator of an audiobook.
 *
 * @param name the person's name
 */
public record Contributor(String name) {}
