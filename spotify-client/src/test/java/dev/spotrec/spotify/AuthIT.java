package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.spotify.auth.Pkce;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.Token;
import dev.spotrec.spotify.auth.TokenStore;
import dev.spotrec.spotify.testing.FakeResponse;
import dev.spotrec.spotify.testing.FakeSpotifyServer;
import dev.spotrec.spotify.testing.FakeTime;
import dev.spotrec.spotify.testing.RecordedRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Token fetching, renewal before expiry and after 401, refresh-token handling, and the login flows.
 */
class AuthIT {

    private static final String ME =
            "{\"id\":\"listener\",\"display_name\":\"A Listener\",\"type\":\"user\"}";

    @RegisterExtension final FakeSpotifyServer server = new FakeSpotifyServer();

    private final FakeTime time = new FakeTime();

    @Test
    void clientCredentialsTokenIsReusedAndRenewedAheadOfExpiry() {
        server.dispatcher(r -> r.path().equals("/v1/me") ? FakeResponse.ok(ME) : null);
        SpotifyClient client = TestClients.builder(server, time).build();

        client.users().me();
        client.users().me();
        time.advance(Duration.ofSeconds(3600 - 61));
        client.users().me();
        assertThat(server.requests("/api/token")).hasSize(1);
        time.advance(Duration.ofSeconds(2)); // now within the 60 s skew of expiry
        client.users().me();

        List<RecordedRequest> tokens = server.requests("/api/token");
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(0).form()).containsEntry("grant_type", "client_credentials");
        assertThat(tokens.get(0).header("Authorization"))
                .isEqualTo(
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                "test-client:test-secret-value"
                                                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(server.requests("/v1/me").get(3).header("Authorization"))
                .isEqualTo("Bearer token-2");
    }

    @Test
    void unauthorizedRenewsTheTokenOnceAndRetriesOnce() {
        server.dispatcher(
                r ->
                        !r.path().equals("/v1/me")
                                ? null
                                : "Bearer token-1".equals(r.header("Authorization"))
                                        ? FakeResponse.error(401, "The access token expired")
                                        : FakeResponse.ok(ME));

        assertThat(TestClients.builder(server, time).build().users().me().displayName())
                .isEqualTo("A Listener");
        assertThat(server.requests("/api/token")).hasSize(2);
        assertThat(server.requests("/v1/me"))
                .extracting(r -> r.header("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void aSecond401IsAnAuthenticationException() {
        server.dispatcher(
                r ->
                        r.path().equals("/v1/me")
                                ? FakeResponse.error(401, "Invalid access token")
                                : null);

        assertThatThrownBy(() -> TestClients.builder(server, time).build().users().me())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("even after renewing it");
        assertThat(server.requests("/v1/me")).hasSize(2);
        assertThat(server.requests("/api/token")).hasSize(2);
    }

    @Test
    void refreshKeepsTheOldRefreshTokenWhenTheReplyHasNone() {
        TokenStore store = TokenStore.inMemory();
        store.save(
                new Token(
                        "old-access",
                        "Bearer",
                        time.instant().minusSeconds(10),
                        "refresh-1",
                        "user-read-private"));
        server.dispatcher(
                r ->
                        r.path().equals("/v1/me")
                                ? FakeResponse.ok(ME)
                                : r.path().equals("/api/token")
                                        ? FakeResponse.ok(
                                                "{\"access_token\":\"new-access\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                                        : null);
        SpotifyClient client =
                TestClients.builder(server, time)
                        .auth(SpotifyAuth.user("test-client", "test-secret-value", store))
                        .build();

        client.users().me();

        RecordedRequest refresh = server.requests("/api/token").get(0);
        assertThat(refresh.form())
                .containsEntry("grant_type", "refresh_token")
                .containsEntry("refresh_token", "refresh-1");
        Token saved = store.load().orElseThrow();
        assertThat(saved.accessToken()).isEqualTo("new-access");
        assertThat(saved.refreshToken()).isEqualTo("refresh-1");
        assertThat(saved.scope()).isEqualTo("user-read-private");
        assertThat(saved.expiresAt()).isEqualTo(time.instant().plusSeconds(3600));
    }

    @Test
    void invalidGrantTellsTheUserToLogInAgain() {
        TokenStore store = TokenStore.inMemory();
        store.save(
                new Token(
                        "old-access",
                        "Bearer",
                        time.instant().minusSeconds(10),
                        "refresh-1",
                        null));
        server.dispatcher(
                r ->
                        r.path().equals("/api/token")
                                ? FakeResponse.json(
                                        400,
                                        "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token revoked\"}")
                                : null);
        SpotifyClient client =
                TestClients.builder(server, time)
                        .auth(SpotifyAuth.userPkce("test-client", store))
                        .build();

        assertThatThrownBy(() -> client.users().me())
                .isInstanceOfSatisfying(
                        InvalidGrantException.class,
                        e -> {
                            assertThat(e.getMessage())
                                    .contains(
                                            "Log in again",
                                            "invalid_grant",
                                            "Refresh token revoked");
                            assertThat(e.error().reason()).isEqualTo("invalid_grant");
                        });
        assertThat(server.requests("/api/token").get(0).form())
                .containsEntry("client_id", "test-client");
        assertThat(server.requests("/v1/")).isEmpty();
    }

    @Test
    void noStoredLoginIsAClearAuthenticationException() {
        SpotifyClient client =
                TestClients.builder(server, time)
                        .auth(SpotifyAuth.userPkce("test-client", TokenStore.inMemory()))
                        .build();

        assertThatThrownBy(() -> client.users().me())
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("no user has logged in");
    }

    @Test
    void loopbackLoginWithPkceChecksStateAndSavesTheTokens() throws Exception {
        AtomicReference<String> challenge = new AtomicReference<>();
        server.dispatcher(
                r -> {
                    if (!r.path().equals("/api/token")) {
                        return null;
                    }
                    Map<String, String> form = r.form();
                    boolean verified = Pkce.s256(form.get("code_verifier")).equals(challenge.get());
                    return verified && form.get("code").equals("auth-code-1")
                            ? FakeResponse.ok(
                                    "{\"access_token\":\"user-access\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                                            + "\"refresh_token\":\"user-refresh\",\"scope\":\"user-top-read\"}")
                            : FakeResponse.json(400, "{\"error\":\"invalid_grant\"}");
                });
        TokenStore store = TokenStore.inMemory();
        SpotifyClient client =
                TestClients.builder(server, time)
                        .auth(SpotifyAuth.userPkce("test-client", store))
                        .build();
        HttpClient browser = HttpClient.newHttpClient();

        Token token =
                client.authorization()
                        .loginWithLoopback(
                                0,
                                List.of("user-top-read"),
                                url -> {
                                    Map<String, String> q =
                                            new RecordedRequest(
                                                            "GET",
                                                            url.getPath(),
                                                            url.getRawQuery(),
                                                            Map.of(),
                                                            new byte[0],
                                                            null)
                                                    .params();
                                    assertThat(url.toString())
                                            .startsWith(
                                                    server.accountsBase()
                                                            + "/authorize?response_type=code");
                                    assertThat(q)
                                            .containsEntry("client_id", "test-client")
                                            .containsEntry("code_challenge_method", "S256")
                                            .containsEntry("scope", "user-top-read");
                                    assertThat(q.get("redirect_uri"))
                                            .matches("http://127\\.0\\.0\\.1:\\d+/callback");
                                    challenge.set(q.get("code_challenge"));
                                    Thread.ofVirtual()
                                            .start(
                                                    () ->
                                                            send(
                                                                    browser,
                                                                    q.get("redirect_uri")
                                                                            + "?code=auth-code-1&state="
                                                                            + q.get("state")));
                                },
                                Duration.ofSeconds(10));

        assertThat(token.refreshToken()).isEqualTo("user-refresh");
        assertThat(store.load()).contains(token);
        assertThat(server.requests("/api/token").get(0).form())
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("client_id", "test-client");
    }

    @Test
    void loopbackLoginRejectsAForeignState() {
        SpotifyClient client =
                TestClients.builder(server, time)
                        .auth(SpotifyAuth.userPkce("test-client", TokenStore.inMemory()))
                        .build();
        HttpClient browser = HttpClient.newHttpClient();

        assertThatThrownBy(
                        () ->
                                client.authorization()
                                        .loginWithLoopback(
                                                0,
                                                List.of(),
                                                url -> {
                                                    String redirect =
                                                            new RecordedRequest(
                                                                            "GET",
                                                                            "",
                                                                            url.getRawQuery(),
                                                                            Map.of(),
                                                                            new byte[0],
                                                                            null)
                                                                    .param("redirect_uri");
                                                    Thread.ofVirtual()
                                                            .start(
                                                                    () ->
                                                                            send(
                                                                                    browser,
                                                                                    redirect
                                                                                            + "?code=auth-code-1&state=forged"));
                                                },
                                                Duration.ofSeconds(10)))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("wrong state");
        assertThat(server.requests("/api/token")).isEmpty();
    }

    @Test
    void redirectUrisFollowSpotifysRules() {
        assertThatThrownBy(
                        () ->
                                Authorization.checkRedirect(
                                        URI.create("http://localhost:8080/callback")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refuses localhost")
                .hasMessageContaining("http://localhost:8080/callback");
        assertThatThrownBy(
                        () ->
                                Authorization.checkRedirect(
                                        URI.create("http://example.com/callback")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Authorization.checkRedirect(URI.create("http://127.0.0.1:8888/callback")))
                .isNotNull();
        assertThat(Authorization.checkRedirect(URI.create("http://[::1]:8888/callback")))
                .isNotNull();
        assertThat(Authorization.checkRedirect(URI.create("https://example.com/callback")))
                .isNotNull();
    }

    private static void send(HttpClient browser, String url) {
        try {
            browser.send(
                    HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
