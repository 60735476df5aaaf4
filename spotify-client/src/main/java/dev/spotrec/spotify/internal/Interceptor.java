package dev.spotrec.spotify.internal;

import java.io.IOException;

/**
 * One link of the request pipeline (as in OkHttp): it may change the request, call {@link
 * Chain#proceed} zero or more times, and change or replace the reply. Each implementation documents
 * what it retries and what it throws.
 */
@FunctionalInterface
public interface Interceptor {

    /**
     * Handles the chain's request.
     *
     * @param chain the rest of the pipeline
     * @return the reply
     * @throws IOException when the transport fails and the link does not recover
     */
    ApiResponse intercept(Chain chain) throws IOException;

    /** The rest of the pipeline as seen from one link. */
    interface Chain {
        /** {@return the request as it reached this link} */
        ApiRequest request();

        /**
         * Passes a request to the next link.
         *
         * @param request the request, possibly changed
         * @return the reply
         * @throws IOException when the transport fails
         */
        ApiResponse proceed(ApiRequest request) throws IOException;
    }
}
