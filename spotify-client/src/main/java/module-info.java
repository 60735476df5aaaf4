/**
 * A Java client for the Spotify Web API. Only the API packages are exported: the client and its
 * endpoint groups ({@code dev.spotrec.spotify}), authentication values ({@code .auth}) and the
 * model records ({@code .model}, opened to Jackson for reading JSON). The pipeline, paging and
 * batching live in {@code .internal}, which is not exported.
 */
module dev.spotrec.spotify {
    requires transitive java.net.http;
    requires tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;
    requires jdk.httpserver;

    exports dev.spotrec.spotify;
    exports dev.spotrec.spotify.auth;
    exports dev.spotrec.spotify.model;

    opens dev.spotrec.spotify.model to
            tools.jackson.databind;
}
