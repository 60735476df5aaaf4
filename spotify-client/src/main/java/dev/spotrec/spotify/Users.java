package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.model.User;
import tools.jackson.databind.JavaType;

/** The current user's profile and other users' public profiles (the latter extended mode only). */
public final class Users {

    private static final JavaType USER = Json.type(User.class);

    private final Api api;

    Users(Api api) {
        this.api = api;
    }

    /** {@return the logged-in user's profile} */
    public User me() {
        return api.call(Endpoint.ME).fetch(USER);
    }

    /** {@return a user's public profile} @param userId id, URI or URL */
    public User get(String userId) {
        return api.call(Endpoint.USER).path(SpotifyUri.id(userId, SpotifyType.USER)).fetch(USER);
    }
}
