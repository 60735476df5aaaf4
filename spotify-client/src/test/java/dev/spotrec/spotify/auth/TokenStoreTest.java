package dev.spotrec.spotify.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store: owner-only permissions, atomic replacement, round trips; PKCE per RFC 7636. */
class TokenStoreTest {

    @TempDir Path dir;

    private final Token token =
            new Token(
                    "access-1",
                    "Bearer",
                    Instant.parse("2026-03-01T13:00:00Z"),
                    "refresh-1",
                    "user-top-read");

    @Test
    void fileStoreRoundTripsWithOwnerOnlyPermissions() throws IOException {
        Path file = dir.resolve("nested/token.json");
        TokenStore store = TokenStore.file(file);
        assertThat(store.load()).isEmpty();

        store.save(token);

        assertThat(TokenStore.file(file).load()).contains(token);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void replacingLeavesNoTemporaryFilesAndKeepsPermissions() throws IOException {
        Path file = dir.resolve("token.json");
        TokenStore store = TokenStore.file(file);
        store.save(token);
        Token next =
                token.merge(
                        new Token(
                                "access-2",
                                "Bearer",
                                token.expiresAt().plusSeconds(3600),
                                null,
                                null));

        store.save(next);

        assertThat(store.load()).contains(next);
        assertThat(next.refreshToken()).isEqualTo("refresh-1");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("token.json");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        store.clear();
        assertThat(store.load()).isEmpty();
    }

    @Test
    void aCorruptFileSaysWhatToDo() throws IOException {
        Path file = dir.resolve("token.json");
        Files.writeString(file, "{not json");

        assertThatThrownBy(() -> TokenStore.file(file).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("log in again");
    }

    @Test
    void pkceChallengeMatchesTheRfc7636Example() {
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assertThat(Pkce.s256(verifier)).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        Pkce pkce = Pkce.generate(new java.util.Random(3));
        assertThat(pkce.verifier()).hasSize(86);
        assertThat(pkce.challenge()).isEqualTo(Pkce.s256(pkce.verifier()));
        assertThatThrownBy(() -> new Pkce("short", "x")).hasMessageContaining("43-128");
    }

    @Test
    void tokenToStringHidesTheTokens() {
        assertThat(token.toString()).doesNotContain("access-1", "refresh-1").contains("***");
    }
}
