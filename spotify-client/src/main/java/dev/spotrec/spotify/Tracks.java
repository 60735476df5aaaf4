package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Batcher;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.model.AudioAnalysis;
import dev.spotrec.spotify.model.AudioFeatures;
import dev.spotrec.spotify.model.Track;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.JavaType;

/**
 * Tracks, their audio features and audio analysis. Ids may be given as base62 ids, URIs or
 * open.spotify.com URLs. Audio features and analysis are closed to apps without extended access
 * since 27 November 2024 ({@link EndpointUnavailableException}).
 */
public final class Tracks {

    private static final JavaType TRACK = Json.type(Track.class);
    private static final JavaType FEATURES = Json.type(AudioFeatures.class);
    private static final JavaType ANALYSIS = Json.type(AudioAnalysis.class);

    private final Api api;
    private final Batcher batcher;

    Tracks(Api api, Batcher batcher) {
        this.api = api;
        this.batcher = batcher;
    }

    /** {@return the track} @param id id, URI or URL */
    public Track get(String id) {
        return api.call(Endpoint.TRACK)
                .path(SpotifyUri.id(id, SpotifyType.TRACK))
                .market()
                .fetch(TRACK);
    }

    /**
     * Any number of tracks, in ⌈distinct/50⌉ concurrent requests (one GET per id in development
     * mode).
     *
     * @param ids ids, URIs or URLs; duplicates are fetched once
     * @return one track per input, in order; {@code null} for unknown ids
     */
    public List<Track> get(Collection<String> ids) {
        return batcher.get(
                ids, SpotifyType.TRACK, Endpoint.TRACKS, Endpoint.TRACK, "tracks", Track.class);
    }

    /** {@return the track's audio features} @param id id, URI or URL */
    public AudioFeatures audioFeatures(String id) {
        return api.call(Endpoint.AUDIO_FEATURE)
                .path(SpotifyUri.id(id, SpotifyType.TRACK))
                .fetch(FEATURES);
    }

    /**
     * Audio features of any number of tracks, in ⌈distinct/100⌉ concurrent requests.
     *
     * @param ids ids, URIs or URLs
     * @return one entry per input, in order; {@code null} where Spotify has none
     */
    public List<AudioFeatures> audioFeatures(Collection<String> ids) {
        return batcher.get(
                ids,
                SpotifyType.TRACK,
                Endpoint.AUDIO_FEATURES,
                Endpoint.AUDIO_FEATURE,
                "audio_features",
                AudioFeatures.class);
    }

    /** {@return the track's audio analysis} @param id id, URI or URL */
    public AudioAnalysis audioAnalysis(String id) {
        return api.call(Endpoint.AUDIO_ANALYSIS)
                .path(SpotifyUri.id(id, SpotifyType.TRACK))
                .fetch(ANALYSIS);
    }
}
