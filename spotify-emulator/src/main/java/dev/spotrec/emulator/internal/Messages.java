package dev.spotrec.emulator.internal;

/** The error messages Spotify's Web API answers with, in one place. */
final class Messages {
    static final String NO_TOKEN = "No token provided";
    static final String INVALID_TOKEN = "Invalid access token";
    static final String EXPIRED_TOKEN = "The access token expired";
    static final String USER_AUTH = "This request requires user authentication.";
    static final String SCOPE = "Insufficient client scope";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "Resource not found";
    static final String SERVICE_NOT_FOUND = "Service not found";
    static final String INVALID_ID = "Invalid base62 id";
    static final String INVALID_LIMIT = "Invalid limit";
    static final String INVALID_OFFSET = "Invalid offset";
    static final String TOO_MANY_IDS = "Too many ids requested";
    static final String RATE_LIMIT = "API rate limit exceeded";
    static final String QUOTA = "Too many requests";
    static final String QUOTA_REASON = "QUOTA_EXCEEDED";
    static final String PREMIUM_OWNER =
            "Active premium subscription required for the owner of the app. When the subscription"
                    + " status changes, it can take a few hours before requests are allowed again.";
    static final String USER_NOT_REGISTERED =
            "Check settings on developer.spotify.com/dashboard, the user may not be registered.";
    static final String METHOD_NOT_ALLOWED = "Method not allowed";

    private Messages() {}
}
