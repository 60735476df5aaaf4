package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.RecordedRequest;
import dev.spotrec.emulator.junit.EmulatorExtension;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.Token;
import dev.spotrec.spotify.auth.TokenStore;
import dev.spotrec.spotify.testing.FakeTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Client credentials, the authorization code flow with PKCE through the emulator's consent
 * redirect, and token expiry with a short lifetime. The emulator and the client share one fake
 * clock, so expiry is reached by advancing time, not by sleeping.
 */
class AuthEmulatorIT {
    private static final FakeTime TIME = new FakeTime();
    private static final World WORLD = Worlds.load(EmulatorExtension.SMALL_WORLD);
    private static final String USER = WORLD.users().get(3).id();

    @RegisterExtension
    static final EmulatorExtension SPOTIFY =
            new EmulatorExtension(
                    Emulator.builder()
                            .world(WORLD)
                            .clock(TIME)
                            .tokenLifetime(Duration.ofSeconds(120))
                            .autoConsent(USER));

    private Emulator spotify;
    private String trackId;

    @BeforeEach
    void setUp() {
        spotify = SPOTIFY.emulator();
        trackId = spotify.world().tracks().getFirst().id();
    }

    private List<RecordedRequest> tokenRequests() {
        return EmulatorClients.requests(spotify, "/api/token");
    }

    private SpotifyClient.Builder withTime(SpotifyClient.Builder b) {
        return b.clock(TIME).sleeper(TIME).tokenRefreshSkew(Duration.ofSeconds(10));
    }

    @Test
    void clientCredentialsTokenIsFetchedOnceAndRenewedAfterExpiry() {
        SpotifyClient app = withTime(EmulatorClients.appClient(spotify)).build();

        app.tracks().get(trackId);
        app.artists().get(spotify.world().artists().getFirst().id());
        assertThat(tokenRequests()).hasSize(1);

        TIME.advance(Duration.ofSeconds(121));
        assertThat(app.tracks().get(trackId).id()).isEqualTo(trackId);
        assertThat(tokenRequests()).hasSize(2);
    }

    @Test
    void aWrongClientSecretIsAnAuthenticationError() {
        SpotifyClient app =
                withTime(EmulatorClients.appClient(spotify))
                        .auth(SpotifyAuth.clientCredentials(EmulatorClients.CLIENT_ID, "wrong"))
                        .build();

        assertThatThrownBy(() -> app.tracks().get(trackId))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageNotContaining("wrong");
    }

    @Test
    void pkceLoginThroughTheConsentRedirectActsForTheUser() throws Exception {
        TokenStore store = TokenStore.inMemory();
        SpotifyClient me =
                withTime(EmulatorClients.appClient(spotify))
                        .auth(SpotifyAuth.userPkce(EmulatorClients.CLIENT_ID, store))
                        .build();
        HttpClient browser =
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        Token token =
                me.authorization()
                        .loginWithLoopback(
                                0,
                                List.of("user-top-read", "playlist-read-private"),
                                url ->
                                        browser.sendAsync(
                                                HttpRequest.newBuilder(url).build(),
                                                HttpResponse.BodyHandlers.discarding()),
                                Duration.ofSeconds(20));

        assertThat(token.refreshToken()).isNotBlank();
        assertThat(token.scope()).contains("user-top-read");
        assertThat(me.users().me().id()).isEqualTo(USER);
        RecordedRequest exchange = tokenRequests().getLast();
        assertThat(exchange.body()).contains("code_verifier").doesNotContain("client_secret");
        assertThat(exchange.header("authorization")).isNull();
    }

    @Test
    void anExpiredUserTokenIsRefreshedAndTheOldRefreshTokenKept() {
        TokenStore store = TokenStore.inMemory();
        store.save(
                EmulatorClients.issuedToken(
                        spotify, USER, Set.of("user-top-read"), TIME.instant()));
        String refresh = store.load().orElseThrow().refreshToken();
        SpotifyClient me =
                withTime(EmulatorClients.appClient(spotify))
                        .auth(
                                SpotifyAuth.user(
                                        EmulatorClients.CLIENT_ID,
                                        EmulatorClients.CLIENT_SECRET,
                                        store))
                        .build();

        assertThat(me.users().me().id()).isEqualTo(USER);
        assertThat(tokenRequests()).isEmpty();
        TIME.advance(Duration.ofSeconds(200));

        assertThat(me.personalization().topTracksPage(TimeRange.SHORT_TERM, 0, 5).items())
                .isNotNull();
        assertThat(tokenRequests()).hasSize(1);
        assertThat(tokenRequests().getFirst().body()).contains("grant_type=refresh_token");
        assertThat(store.load().orElseThrow().refreshToken()).isNotBlank();
        assertThat(store.load().orElseThrow().expiresAt()).isAfter(TIME.instant());
        assertThat(refresh).isNotBlank();
    }

    @Test
    void aRevokedRefreshTokenIsAnInvalidGrant() {
        TokenStore store = TokenStore.inMemory();
        store.save(EmulatorClients.issuedToken(spotify, USER, Set.of(), TIME.instant()));
        SpotifyClient me =
                withTime(EmulatorClients.appClient(spotify))
                        .auth(
                                SpotifyAuth.user(
                                        EmulatorClients.CLIENT_ID,
                                        EmulatorClients.CLIENT_SECRET,
                                        store))
                        .build();
        spotify.revokeRefreshTokens(USER);
        TIME.advance(Duration.ofSeconds(200));

        assertThatThrownBy(() -> me.users().me()).isInstanceOf(InvalidGrantException.class);
    }

    @Test
    void aTokenTheServerExpiredEarlyIsRenewedAfterThe401() {
        TokenStore store = TokenStore.inMemory();
        // The client believes the token lives an hour; the emulator expires it after 120 s.
        Token issued = EmulatorClients.issuedToken(spotify, USER, Set.of(), TIME.instant());
        store.save(
                new Token(
                        issued.accessToken(),
                        issued.tokenType(),
                        TIME.instant().plusSeconds(3600),
                        issued.refreshToken(),
                        issued.scope()));
        SpotifyClient me =
                withTime(EmulatorClients.appClient(spotify))
                        .auth(
                                SpotifyAuth.user(
                                        EmulatorClients.CLIENT_ID,
                                        EmulatorClients.CLIENT_SECRET,
                                        store))
                        .build();
        TIME.advance(Duration.ofSeconds(200));

        assertThat(me.users().me().id()).isEqualTo(USER);
        assertThat(EmulatorClients.requests(spotify, "/v1/me"))
                .extracting(RecordedRequest::status)
                .containsExactly(401, 200);
        assertThat(tokenRequests()).hasSize(1);
        assertThat(URI.create(spotify.accountsUrl()).getHost()).isEqualTo("127.0.0.1");
    }
}
