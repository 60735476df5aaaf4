package dev.spotrec.app.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Pseudonymises participants: lower-case hex SHA-256 of the warehouse's salt, a NUL separator and
 * the Spotify user id. The salt is random per warehouse, so a hash cannot be matched against a
 * table of hashed public user ids without the warehouse; the id itself is never stored.
 */
final class ParticipantHash {
    private final byte[] salt;

    ParticipantHash(String salt) {
        if (salt == null || salt.isEmpty()) {
            throw new IllegalArgumentException("participant salt must not be empty");
        }
        this.salt = salt.getBytes(StandardCharsets.UTF_8);
    }

    /** A new salt: 32 bytes from a SecureRandom, in hex (never from the seeded experiment RNG). */
    static String newSalt() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    String of(String participant) {
        if (participant == null || participant.isBlank()) {
            throw new IllegalArgumentException("participant must be a non-blank user id");
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((byte) 0);
            sha.update(participant.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ParticipantHash[salt hidden]";
    }
}
