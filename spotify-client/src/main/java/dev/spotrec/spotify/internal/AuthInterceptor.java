package dev.spotrec.spotify.internal;

import java.io.IOException;

/**
 * Adds {@code Authorization: Bearer ...} to API requests. On a 401 it renews the token once and
 * resends once; a second 401 is returned (and mapped to {@link
 * dev.spotrec.spotify.AuthenticationException}). Renewal failures propagate as {@link
 * dev.spotrec.spotify.AuthenticationException} or {@link
 * dev.spotrec.spotify.InvalidGrantException}.
 */
public final class AuthInterceptor implements Interceptor {

    private final TokenManager tokens;

    /**
     * @param tokens the token holder
     */
    public AuthInterceptor(TokenManager tokens) {
        this.tokens = tokens;
    }

    @Override
    public ApiResponse intercept(Chain chain) throws IOException {
        ApiRequest request = chain.request();
        if (!request.authenticated()) {
            return chain.proceed(request);
        }
        String token = tokens.accessToken();
        ApiResponse response =
                chain.proceed(request.withHeader("Authorization", "Bearer " + token));
        if (response.status() != 401 || !tokens.canRenew()) {
            return response;
        }
        String renewed = tokens.renewAfterRejection(token);
        return chain.proceed(request.withHeader("Authorization", "Bearer " + renewed));
    }
}
