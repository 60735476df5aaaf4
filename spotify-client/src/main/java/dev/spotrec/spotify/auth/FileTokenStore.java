package dev.spotrec.spotify.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link TokenStore} in a JSON file with owner-only permissions, replaced atomically: the new
 * content goes to a temporary file (created 0600) in the same directory, which is then renamed over
 * the old file.
 */
final class FileTokenStore implements TokenStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR =
            PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();

    FileTokenStore(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        this.file = file.toAbsolutePath();
    }

    @Override
    public Optional<Token> load() {
        lock.lock();
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(file));
            return Optional.of(
                    new Token(
                            text(node, "access_token"),
                            text(node, "token_type"),
                            Instant.ofEpochSecond(node.path("expires_at").asLong()),
                            text(node, "refresh_token"),
                            text(node, "scope")));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the token file " + file + ": " + e.getMessage(), e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the token file " + file + " is corrupt; delete it and log in again", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void save(Token token) {
        ObjectNode node = JSON.createObjectNode();
        node.put("access_token", token.accessToken());
        node.put("token_type", token.tokenType());
        node.put("expires_at", token.expiresAt().getEpochSecond());
        node.put("refresh_token", token.refreshToken());
        node.put("scope", token.scope());
        lock.lock();
        try {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, attributes(OWNER_DIR));
            }
            Path temp = Files.createTempFile(dir, ".token-", ".tmp", attributes(OWNER_ONLY));
            try {
                Files.write(temp, JSON.writeValueAsBytes(node));
                move(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the token file " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void clear() {
        lock.lock();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot delete the token file " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(
                    temp,
                    file,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    @Override
    public String toString() {
        return "TokenStore.file(" + file + ")";
    }
}
