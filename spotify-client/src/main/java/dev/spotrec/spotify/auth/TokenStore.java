package dev.spotrec.spotify.auth;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a user's tokens live between runs. The client loads the token on first use and saves every
 * refreshed one. Implementations must be thread-safe.
 */
public interface TokenStore {

    /** {@return the stored token set, or empty when the user has not logged in} */
    Optional<Token> load();

    /**
     * Replaces the stored token set.
     *
     * @param token the new token set
     */
    void save(Token token);

    /** Forgets the stored token set. */
    void clear();

    /** {@return a store that keeps the token in memory only} */
    static TokenStore inMemory() {
        return new InMemoryTokenStore();
    }

    /**
     * A store in a JSON file readable by its owner only (mode 0600 where the file system supports
     * POSIX permissions). Every save writes a temporary file and atomically replaces the old one,
     * so a crash never leaves a half-written token.
     *
     * @param file the file; its directory is created if needed
     * @return the store
     */
    static TokenStore file(Path file) {
        return new FileTokenStore(file);
    }
}
