package dev.spotrec.spotify.internal;

import java.io.IOException;
import java.util.List;

/**
 * The ordered interceptors and the transport after them. Order for API calls (outermost first):
 * retry, authentication, conditional GET, rate limit, transport; so every network attempt passes
 * the rate limiter and every retry gets a valid token.
 */
public final class Pipeline {

    private final List<Interceptor> links;
    private final Transport transport;

    /**
     * Creates a pipeline.
     *
     * @param links the interceptors, outermost first
     * @param transport the last link, which sends the request
     */
    public Pipeline(List<Interceptor> links, Transport transport) {
        this.links = List.copyOf(links);
        this.transport = transport;
    }

    /**
     * Runs {@code request} through every link.
     *
     * @param request the request
     * @return the reply
     * @throws IOException when the transport fails and no link recovers
     */
    public ApiResponse execute(ApiRequest request) throws IOException {
        return new Link(0, request).proceed(request);
    }

    /** The network end of the pipeline. */
    @FunctionalInterface
    public interface Transport {
        /**
         * Sends the request and reads the whole reply.
         *
         * @param request the request
         * @return the reply
         * @throws IOException on connection failures and timeouts
         */
        ApiResponse send(ApiRequest request) throws IOException;
    }

    private final class Link implements Interceptor.Chain {
        private final int index;
        private final ApiRequest request;

        Link(int index, ApiRequest request) {
            this.index = index;
            this.request = request;
        }

        @Override
        public ApiRequest request() {
            return request;
        }

        @Override
        public ApiResponse proceed(ApiRequest next) throws IOException {
            if (index == links.size()) {
                return transport.send(next);
            }
            return links.get(index).intercept(new Link(index + 1, next));
        }
    }
}
