package dev.spotrec.spotify.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;

/**
 * A PKCE (RFC 7636) verifier and its S256 challenge: the challenge goes into the authorize URL, the
 * verifier into the code exchange. {@link #toString()} hides the verifier.
 *
 * @param verifier 43-128 characters from the unreserved set
 * @param challenge BASE64URL(SHA-256(verifier)) without padding
 */
public record Pkce(String verifier, String challenge) {

    /** Validates the verifier and that the challenge belongs to it. */
    public Pkce {
        if (verifier == null
                || verifier.length() < 43
                || verifier.length() > 128
                || !verifier.chars().allMatch(Pkce::unreserved)) {
            throw new IllegalArgumentException(
                    "a PKCE verifier must be 43-128 characters of [A-Za-z0-9-._~], got "
                            + (verifier == null ? "null" : verifier.length() + " characters"));
        }
        if (!s256(verifier).equals(challenge)) {
            throw new IllegalArgumentException("the PKCE challenge does not match the verifier");
        }
    }

    /**
     * {@return a fresh verifier from 64 random bytes, with its challenge}
     *
     * @param random the source of randomness; use a {@link SecureRandom} outside tests
     */
    public static Pkce generate(Random random) {
        byte[] bytes = new byte[64];
        random.nextBytes(bytes);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Pkce(verifier, s256(verifier));
    }

    /** {@return a fresh verifier from a {@link SecureRandom}} */
    public static Pkce generate() {
        return generate(new SecureRandom());
    }

    /**
     * {@return the S256 challenge of {@code verifier}}
     *
     * @param verifier the verifier
     */
    public static String s256(String verifier) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static boolean unreserved(int c) {
        return c >= 'A' && c <= 'Z'
                || c >= 'a' && c <= 'z'
                || c >= '0' && c <= '9'
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }

    @Override
    public String toString() {
        return "Pkce[verifier=***, challenge=" + challenge + "]";
    }
}
