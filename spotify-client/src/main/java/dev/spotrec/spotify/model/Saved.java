package dev.spotrec.spotify.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * An entry of the user's library: a saved track, album, show, episode or audiobook, with the time
 * it was saved. Spotify names the content after its type; all names parse into {@link #item()}.
 *
 * @param addedAt when it was saved
 * @param item the saved object
 * @param <T> its type
 */
public record Saved<T>(
        Instant addedAt,
        @JsonProperty("item") @JsonAlias({"track", "album", "show", "episode", "audiobook"})
                T item) {}
