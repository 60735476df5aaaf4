package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.ApiMode;
import dev.spotrec.spotify.SpotifyApiException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Clock;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;

/**
 * What the endpoint groups share: the API base, the pipeline, the mode, the default market and the
 * concurrency bound. It builds requests ({@link #call}), runs them, maps failures and parses
 * bodies.
 */
public final class Api {

    private final String base;
    private final URI baseUri;
    private final Pipeline pipeline;
    private final ModeState mode;
    private final Clock clock;
    private final String market;
    private final int concurrency;

    /**
     * Creates the context.
     *
     * @param base the API base without a trailing slash, e.g. {@code https://api.spotify.com/v1}
     * @param pipeline the interceptors and transport
     * @param mode the mode state
     * @param clock the time source
     * @param market the default market, or {@code null}
     * @param concurrency the most requests one call may run at once
     */
    public Api(
            URI base,
            Pipeline pipeline,
            ModeState mode,
            Clock clock,
            String market,
            int concurrency) {
        this.base = base.toString();
        this.baseUri = base;
        this.pipeline = pipeline;
        this.mode = mode;
        this.clock = clock;
        this.market = market;
        this.concurrency = concurrency;
    }

    /** {@return a request builder for {@code endpoint}} */
    public Call call(Endpoint endpoint) {
        return new Call(this, endpoint);
    }

    /** {@return the mode state} */
    public ModeState mode() {
        return mode;
    }

    /** {@return the default market, or {@code null}} */
    public String market() {
        return market;
    }

    /** {@return the most requests one call may run at once} */
    public int concurrency() {
        return concurrency;
    }

    String base() {
        return base;
    }

    /**
     * Refuses an endpoint Spotify closed to the app's known mode, before any request.
     *
     * @throws dev.spotrec.spotify.EndpointUnavailableException when closed
     */
    public void checkOpen(Endpoint endpoint) {
        if (endpoint.closure() != null && mode.development()) {
            throw ErrorMapper.closed(endpoint, ApiMode.DEVELOPMENT, 0, null, null);
        }
    }

    /**
     * Sends a request through the pipeline.
     *
     * @return the 2xx reply
     * @throws SpotifyApiException for every failure, mapped in {@link ErrorMapper}
     */
    public ApiResponse execute(ApiRequest request) {
        ApiResponse response;
        try {
            response = pipeline.execute(request);
        } catch (InterruptedIOException e) {
            throw new SpotifyApiException(
                    "interrupted: " + e.getMessage(), 0, null, null, request.line(), e);
        } catch (IOException e) {
            throw new SpotifyApiException(
                    "cannot reach Spotify for "
                            + request.line()
                            + " ("
                            + HttpTransport.describe(e)
                            + "), retries included; check the network or the API base URL",
                    0,
                    null,
                    null,
                    request.line(),
                    e);
        }
        if (response.status() >= 300) {
            throw ErrorMapper.map(request, response, mode.get().orElse(ApiMode.EXTENDED), clock);
        }
        return response;
    }

    /** {@return the reply body read as {@code type}, or as its {@code field} when not null} */
    public <T> T parse(ApiRequest request, ApiResponse response, String field, JavaType type) {
        try {
            return field == null
                    ? Json.read(response.body(), type)
                    : Json.readField(response.body(), field, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new SpotifyApiException(
                    "the reply to "
                            + request.line()
                            + " is not the JSON the client expects ("
                            + (e instanceof JacksonException je
                                    ? je.getOriginalMessage()
                                    : e.getMessage())
                            + "); is the API base URL right?",
                    response.status(),
                    null,
                    null,
                    request.line(),
                    e);
        }
    }

    /**
     * A GET of a {@code next} link. Links must point below the API base; a link on another host
     * with the same path is re-based, so the bearer token never leaves the configured API.
     */
    public ApiRequest link(String url, Endpoint endpoint) {
        URI uri = URI.create(url);
        if (!url.startsWith(base)) {
            String path = uri.getRawPath();
            String basePath = baseUri.getRawPath();
            if (path == null || !path.startsWith(basePath)) {
                throw new SpotifyApiException(
                        "the paging link "
                                + Redactor.url(uri)
                                + " is not below the API base "
                                + base
                                + "; refusing to send the token elsewhere",
                        0,
                        null,
                        null,
                        null,
                        null);
            }
            String query = uri.getRawQuery();
            uri =
                    URI.create(
                            baseUri.getScheme()
                                    + "://"
                                    + baseUri.getRawAuthority()
                                    + path
                                    + (query == null ? "" : "?" + query));
        }
        return new ApiRequest("GET", uri, null, null, null, endpoint, true, true);
    }
}
