package dev.spotrec.app.web;

import dev.spotrec.app.experiment.Trial;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A trial as its session remembers it, to render it again and to accept votes and ratings only for
 * trials this session started.
 *
 * @param trial the trial (which list is ours is known only to the warehouse)
 * @param playlistName the playlist's name for the heading
 * @param ratings track id to {@code liked} or {@code disliked}
 */
record TrialState(Trial trial, String playlistName, Map<String, String> ratings) {
    TrialState(Trial trial, String playlistName) {
        this(trial, playlistName, new ConcurrentHashMap<>());
    }
}
