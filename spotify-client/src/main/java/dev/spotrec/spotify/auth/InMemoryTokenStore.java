package dev.spotrec.spotify.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link TokenStore} in memory. */
final class InMemoryTokenStore implements TokenStore {

    private final AtomicReference<Token> token = new AtomicReference<>();

    @Override
    public Optional<Token> load() {
        return Optional.ofNullable(token.get());
    }

    @Override
    public void save(Token token) {
        this.token.set(java.util.Objects.requireNonNull(token, "token"));
    }

    @Override
    public void clear() {
        token.set(null);
    }

    @Override
    public String toString() {
        return "TokenStore.inMemory()";
    }
}
