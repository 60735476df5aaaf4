package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.AuthenticationException;
import dev.spotrec.spotify.InvalidGrantException;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyError;
import dev.spotrec.spotify.SpotifyEvent;
import dev.spotrec.spotify.auth.Token;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Calls the Accounts service's token endpoint ({@code POST /api/token}) for the three grants.
 * Client credentials and refreshes may be retried (resending them is harmless); a code exchange is
 * not (codes are single-use). Secrets travel only in the form body and the Basic header, and are
 * scrubbed from any error text.
 */
public final class AccountsClient {

    private final Pipeline pipeline;
    private final URI tokenUrl;
    private final URI authorizeUrl;
    private final Clock clock;
    private final Events events;

    /**
     * Creates the client.
     *
     * @param pipeline retry and transport
     * @param accountsBase the Accounts service, e.g. {@code https://accounts.spotify.com}
     * @param clock the time source for expiry instants
     * @param events the event sink
     */
    public AccountsClient(Pipeline pipeline, URI accountsBase, Clock clock, Events events) {
        this.pipeline = pipeline;
        this.tokenUrl = URI.create(accountsBase + "/api/token");
        this.authorizeUrl = URI.create(accountsBase + "/authorize");
        this.clock = clock;
        this.events = events;
    }

    /** {@return the authorize URL of the Accounts service} */
    public URI authorizeUrl() {
        return authorizeUrl;
    }

    /** {@return an app token from the client credentials grant} */
    public Token clientCredentials(String clientId, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        return post(form, clientId, clientSecret, true, clientSecret);
    }

    /**
     * {@return the user's tokens for an authorization code; {@code verifier} for PKCE, else the
     * secret}
     */
    public Token authorizationCode(
            String clientId, String clientSecret, String code, URI redirectUri, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return post(form, clientId, clientSecret, false, clientSecret, code, verifier);
    }

    /**
     * {@return a refreshed token set (it may lack a refresh token; the caller keeps the old one)}
     */
    public Token refresh(String clientId, String clientSecret, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return post(form, clientId, clientSecret, true, clientSecret, refreshToken);
    }

    private Token post(
            Map<String, String> form,
            String clientId,
            String clientSecret,
            boolean idempotent,
            String... secrets) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (clientSecret != null) {
            String basic = clientId + ":" + clientSecret;
            headers.put(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        } else {
            form.put("client_id", clientId);
        }
        ApiRequest request =
                new ApiRequest(
                        "POST",
                        tokenUrl,
                        headers,
                        encode(form),
                        "application/x-www-form-urlencoded",
                        null,
                        idempotent,
                        false);
        String grant = form.get("grant_type");
        ApiResponse response;
        try {
            response = pipeline.execute(request);
        } catch (IOException e) {
            throw new SpotifyApiException(
                    "cannot reach the Accounts service at "
                            + tokenUrl
                            + " for the "
                            + grant
                            + " grant ("
                            + Redactor.scrub(HttpTransport.describe(e), secrets)
                            + ")",
                    0,
                    null,
                    null,
                    request.line(),
                    null);
        }
        if (!response.successful()) {
            throw failure(request, response, grant, secrets);
        }
        Token token = parse(request, response);
        events.emit(new SpotifyEvent.TokenRefreshed(grant, token.expiresAt()));
        return token;
    }

    private Token parse(ApiRequest request, ApiResponse response) {
        try {
            JsonNode node = Json.MAPPER.readTree(response.body());
            long expiresIn = node.path("expires_in").asLong(3600);
            return new Token(
                    text(node, "access_token"),
                    text(node, "token_type"),
                    clock.instant().plusSeconds(expiresIn),
                    text(node, "refresh_token"),
                    text(node, "scope"));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new SpotifyApiException(
                    "the Accounts service sent an unreadable token reply ("
                            + e.getClass().getSimpleName()
                            + ")",
                    response.status(),
                    null,
                    null,
                    request.line(),
                    null);
        }
    }

    private static SpotifyApiException failure(
            ApiRequest request, ApiResponse response, String grant, String... secrets) {
        String code = null;
        String description = null;
        try {
            JsonNode node = Json.MAPPER.readTree(response.body());
            code = text(node, "error");
            description = Redactor.scrub(text(node, "error_description"), secrets);
        } catch (JacksonException | IllegalArgumentException notJson) {
            // Fall through with the status alone.
        }
        SpotifyError error = new SpotifyError(response.status(), description, code);
        String detail =
                (code == null ? "HTTP " + response.status() : code)
                        + (description == null ? "" : ": " + description);
        if ("invalid_grant".equals(code)) {
            String what =
                    grant.equals("refresh_token")
                            ? "the refresh token was rejected ("
                                    + detail
                                    + "); it expired (six months after login) or was revoked"
                            : "the authorization code was rejected ("
                                    + detail
                                    + "); codes are single-use and short-lived";
            return new InvalidGrantException(
                    what + ". Log in again to authorise the app.", error, request.line());
        }
        if ("invalid_client".equals(code) || response.status() == 401) {
            return new AuthenticationException(
                    "the Accounts service rejected the client ("
                            + detail
                            + "); check the client id and secret",
                    response.status(),
                    error,
                    request.line());
        }
        return new AuthenticationException(
                "the " + grant + " grant failed (" + detail + ")",
                response.status(),
                error,
                request.line());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static byte[] encode(Map<String, String> form) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : form.entrySet()) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
