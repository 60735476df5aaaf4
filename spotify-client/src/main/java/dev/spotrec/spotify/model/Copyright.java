package dev.spotrec.spotify.model;

/**
 * A copyright statement of an album, show or audiobook.
 *
 * @param text the statement
 * @param type {@code C} (copyright) or {@code P} (sound recording performance)
 */
public record Copyright(String text, String type) {}
