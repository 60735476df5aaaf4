package dev.spotrec.spotify.model;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Something a playlist can hold: a {@link Track} or an {@link Episode}. Spotify tells them apart by
 * {@code type}; a reply filtered with {@code fields} may drop {@code type}, and is then read as a
 * track.
 */
@JsonDeserialize(using = PlayableDeserializer.class)
public sealed interface Playable permits Track, Episode {

    /** {@return the base62 id, or {@code null} for a local file} */
    String id();

    /** {@return the name} */
    String name();

    /** {@return the Spotify URI} */
    String uri();

    /** {@return the duration in milliseconds, or {@code null}} */
    Integer durationMs();
}
