package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.SpotifyIds;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One authenticated Web API call as handlers see it: validated access to path and query parameters,
 * the token's user and scopes, and the request body. Validation failures throw {@link ApiError}
 * with Spotify's messages.
 */
final class Call {
    final Context ctx;
    final Accounts.AccessToken token;
    final boolean dev;
    final String base;

    Call(Context ctx, Accounts.AccessToken token, boolean dev, String base) {
        this.ctx = ctx;
        this.token = token;
        this.dev = dev;
        this.base = base;
    }

    /** The path parameter, checked to be a base62 id. */
    String id(String name) {
        String id = ctx.pathParam(name);
        if (!SpotifyIds.isBase62Id(id)) {
            throw ApiError.badRequest(Messages.INVALID_ID);
        }
        return id;
    }

    String pathParam(String name) {
        return ctx.pathParam(name);
    }

    String query(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** {@code limit} in [1, max], {@code dflt} when absent; 400 "Invalid limit" otherwise. */
    int limit(int dflt, int max) {
        return bounded("limit", dflt, 1, max, Messages.INVALID_LIMIT);
    }

    /** {@code offset} in [0, max], 0 when absent; 400 "Invalid offset" otherwise. */
    int offset(int max) {
        return bounded("offset", 0, 0, max, Messages.INVALID_OFFSET);
    }

    int offset() {
        return offset(Integer.MAX_VALUE);
    }

    private int bounded(String name, int dflt, int min, int max, String message) {
        String v = query(name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw ApiError.badRequest(message);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(message);
        }
    }

    /** The comma-separated ids of a required parameter: at most {@code max}, each base62. */
    List<String> ids(String name, int max) {
        String v = query(name);
        if (v == null) {
            throw ApiError.badRequest("Missing required parameter: " + name);
        }
        List<String> ids = new ArrayList<>();
        int start = 0;
        while (start <= v.length()) {
            int comma = v.indexOf(',', start);
            int end = comma < 0 ? v.length() : comma;
            String id = v.substring(start, end).strip();
            if (!isBase62(id)) {
                throw ApiError.badRequest(Messages.INVALID_ID);
            }
            ids.add(id);
            if (ids.size() > max) {
                throw ApiError.badRequest(Messages.TOO_MANY_IDS);
            }
            start = end + 1;
        }
        if (ids.size() > max) {
            throw ApiError.badRequest(Messages.TOO_MANY_IDS);
        }
        return ids;
    }

    /** 22 characters of [0-9A-Za-z], checked with range tests (the batch hot path). */
    static boolean isBase62(String id) {
        if (id.length() != 22) {
            return false;
        }
        for (int i = 0; i < 22; i++) {
            char ch = id.charAt(i);
            if (!((ch >= '0' && ch <= '9')
                    || (ch >= 'A' && ch <= 'Z')
                    || (ch >= 'a' && ch <= 'z'))) {
                return false;
            }
        }
        return true;
    }

    /** The user the token acts for; 401 for an app-only token. */
    String user() {
        if (token.userId() == null) {
            throw new ApiError(401, Messages.USER_AUTH);
        }
        return token.userId();
    }

    boolean hasScope(String scope) {
        return token.scopes().contains(scope);
    }

    /** The user, after checking the token holds every one of {@code scopes}; 403 otherwise. */
    String userWith(String... scopes) {
        String user = user();
        for (String s : scopes) {
            if (!hasScope(s)) {
                throw ApiError.forbidden(Messages.SCOPE);
            }
        }
        return user;
    }

    /** The JSON body, or an empty object when there is none; 400 for malformed JSON. */
    JsonNode jsonBody() {
        String body = ctx.body();
        if (body == null || body.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (RuntimeException e) {
            throw ApiError.badRequest("Error parsing JSON.");
        }
    }

    /**
     * The request path as an absolute URL base for paging links, e.g. {@code
     * http://.../v1/me/tracks}.
     */
    String pagePath() {
        return base + ctx.path();
    }
}
