package dev.spotrec.emulator.internal;

import dev.spotrec.emulator.ClientApp;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * One {@code POST /api/token} exchange. Client authentication is HTTP Basic or {@code
 * client_id}/{@code client_secret} form fields; a PKCE client may send only {@code client_id}.
 * Failures answer RFC 6749 error bodies with status 400, as Spotify does.
 */
final class TokenGrant {
    private final Accounts accounts;
    private final Context ctx;
    private String clientId;
    private String secret;

    TokenGrant(Accounts accounts, Context ctx) {
        this.accounts = accounts;
        this.ctx = ctx;
    }

    Reply answer() {
        readClient();
        String grant = ctx.formParam("grant_type");
        if (grant == null || grant.isBlank()) {
            return error("unsupported_grant_type", "grant_type parameter is missing");
        }
        ClientApp client = accounts.client(clientId);
        if (client == null) {
            return error("invalid_client", "Invalid client");
        }
        if (secret != null && !constantTimeEquals(secret, client.secret())) {
            return error("invalid_client", "Invalid client secret");
        }
        ctx.attribute("spotrec.client", client.id());
        return switch (grant) {
            case "client_credentials" ->
                    secret == null
                            ? error("invalid_client", "Invalid client secret")
                            : tokens(client.id(), null, java.util.Set.of(), false, null);
            case "authorization_code" -> authorizationCode(client);
            case "refresh_token" -> refresh(client);
            default ->
                    error(
                            "unsupported_grant_type",
                            "grant_type must be client_credentials, authorization_code or refresh_token");
        };
    }

    private Reply authorizationCode(ClientApp client) {
        Accounts.Code code = accounts.takeCode(ctx.formParam("code"));
        if (code == null || !code.clientId().equals(client.id())) {
            return error("invalid_grant", "Invalid authorization code");
        }
        if (!accounts.clock().instant().isBefore(code.expiresAt())) {
            return error("invalid_grant", "Authorization code expired");
        }
        if (!code.redirectUri().equals(ctx.formParam("redirect_uri"))) {
            return error("invalid_grant", "Invalid redirect URI");
        }
        boolean pkce = code.challenge() != null;
        if (pkce) {
            String verifier = ctx.formParam("code_verifier");
            if (verifier == null || !AccountsRoutes.s256(verifier).equals(code.challenge())) {
                return error("invalid_grant", "code_verifier was incorrect");
            }
        } else if (secret == null) {
            return error("invalid_client", "Invalid client secret");
        }
        ctx.attribute("spotrec.user", code.userId());
        String refresh =
                accounts.issueRefresh(
                        client.id(),
                        code.userId(),
                        code.scopes(),
                        accounts.clock().instant(),
                        pkce && secret == null);
        return tokens(client.id(), code.userId(), code.scopes(), true, refresh);
    }

    private Reply refresh(ClientApp client) {
        String value = ctx.formParam("refresh_token");
        Accounts.Refresh r = accounts.refresh(value);
        if (r == null || !r.clientId().equals(client.id())) {
            return error("invalid_grant", "Invalid refresh token");
        }
        if (accounts.revoked(value)) {
            return error("invalid_grant", "Refresh token revoked");
        }
        if (accounts.refreshExpired(r)) {
            return error("invalid_grant", "Refresh token expired");
        }
        if (secret == null && !r.publicClient()) {
            return error("invalid_client", "Invalid client secret");
        }
        ctx.attribute("spotrec.user", r.userId());
        // Spotify omits the refresh token on refresh for confidential clients (keep the old one)
        // and rotates it for PKCE public clients.
        String next =
                r.publicClient()
                        ? accounts.issueRefresh(
                                client.id(), r.userId(), r.scopes(), r.authorizedAt(), true)
                        : null;
        return tokens(client.id(), r.userId(), r.scopes(), true, next);
    }

    private Reply tokens(
            String client,
            String user,
            java.util.Set<String> scopes,
            boolean withScope,
            String refresh) {
        String access = accounts.issueToken(client, user, scopes);
        JsonOut o =
                new JsonOut(256)
                        .raw("{\"access_token\":")
                        .str(access)
                        .raw(",\"token_type\":\"Bearer\",\"expires_in\":")
                        .num(accounts.tokenLifetimeSeconds());
        if (withScope) {
            o.raw(",\"scope\":").str(String.join(" ", scopes));
        }
        if (refresh != null) {
            o.raw(",\"refresh_token\":").str(refresh);
        }
        return Reply.json(o.raw("}").toBytes());
    }

    private void readClient() {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded =
                        new String(
                                Base64.getDecoder().decode(auth.substring(6).strip()),
                                StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    clientId = decoded.substring(0, colon);
                    secret = decoded.substring(colon + 1);
                    return;
                }
            } catch (IllegalArgumentException e) {
                // Falls through to the form fields; a bad header then means an unknown client.
            }
        }
        clientId = ctx.formParam("client_id");
        secret = ctx.formParam("client_secret");
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    static Reply error(String error, String description) {
        return Reply.json(
                400,
                new JsonOut(128)
                        .raw("{\"error\":")
                        .str(error)
                        .raw(",\"error_description\":")
                        .str(description)
                        .raw("}")
                        .toBytes());
    }
}
