package dev.spotrec.spotify;

import java.time.LocalDate;

/**
 * The endpoint is closed to this app: Spotify closed it to new apps on 27 November 2024, or removed
 * it from development mode on 11 February 2026. The message names the endpoint, the date and the
 * alternative.
 */
public class EndpointUnavailableException extends SpotifyApiException {

    private static final long serialVersionUID = 1L;

    private final String endpoint;
    private final LocalDate closedOn;
    private final String alternative;

    /**
     * Creates the exception.
     *
     * @param endpoint the endpoint, e.g. {@code GET /recommendations}
     * @param closedOn the day Spotify closed it
     * @param alternative what to use instead
     * @param mode the mode the client is in
     * @param status the HTTP status Spotify answered, or 0 when the client refused the call itself
     * @param error Spotify's error body, or {@code null}
     * @param request the redacted request line, or {@code null}
     */
    public EndpointUnavailableException(
            String endpoint,
            LocalDate closedOn,
            String alternative,
            ApiMode mode,
            int status,
            SpotifyError error,
            String request) {
        super(
                endpoint
                        + " is not available to this app ("
                        + describe(mode)
                        + "): Spotify closed it on "
                        + closedOn
                        + ". Instead: "
                        + alternative,
                status,
                error,
                null,
                request,
                null);
        this.endpoint = endpoint;
        this.closedOn = closedOn;
        this.alternative = alternative;
    }

    private static String describe(ApiMode mode) {
        return mode == ApiMode.DEVELOPMENT
                ? "development mode"
                : "closed to apps without extended access";
    }

    /** {@return the endpoint, e.g. {@code GET /recommendations}} */
    public String endpoint() {
        return endpoint;
    }

    /** {@return the day Spotify closed the endpoint} */
    public LocalDate closedOn() {
        return closedOn;
    }

    /** {@return what to use instead} */
    public String alternative() {
        return alternative;
    }
}
