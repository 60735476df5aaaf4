package dev.spotrec.spotify.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One entry of a playlist. The February-2026 API calls the content {@code item}; earlier replies
 * call it {@code track}. Both parse into {@link #item()}.
 *
 * @param addedAt when it was added, or {@code null} for very old playlists
 * @param addedBy who added it, or {@code null}
 * @param isLocal whether it is a local file
 * @param item the track or episode, or {@code null} when Spotify no longer has it
 */
public record PlaylistItem(
        Instant addedAt,
        User addedBy,
        @JsonProperty("is_local") Boolean isLocal,
        @JsonProperty("item") @JsonAlias("track") Playable item) {

    /** {@return the item if it is a track, otherwise {@code null}} */
    public Track track() {
        return item instanceof Track track ? track : null;
    }
}
