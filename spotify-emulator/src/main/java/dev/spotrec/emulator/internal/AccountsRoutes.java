package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.World;
import dev.spotrec.emulator.ClientApp;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Accounts service: {@code GET /authorize} (consent page), {@code POST /authorize} (the page's
 * answer) and {@code POST /api/token} for the client credentials, authorization code (with or
 * without PKCE S256) and refresh token grants. Token errors follow RFC 6749 ({@code
 * {"error":"invalid_grant","error_description":"..."}}); a bad client or redirect URI on {@code
 * /authorize} is shown on the page rather than redirected to, as RFC 6749 4.1.2.1 requires.
 */
final class AccountsRoutes {
    private final Accounts accounts;
    private final World world;
    private final String autoConsentUser;

    AccountsRoutes(Accounts accounts, World world, String autoConsentUser) {
        this.accounts = accounts;
        this.world = world;
        this.autoConsentUser = autoConsentUser;
    }

    /** A validated authorization request. */
    record AuthRequest(
            ClientApp client,
            String redirectUri,
            String state,
            Set<String> scopes,
            String challenge,
            String scopeParam) {}

    Reply authorize(Context ctx) {
        Object checked = check(ctx::queryParam);
        if (checked instanceof Reply r) {
            return r;
        }
        AuthRequest req = (AuthRequest) checked;
        if (autoConsentUser != null) {
            return approve(req, autoConsentUser);
        }
        return Reply.html(200, ConsentPage.render(req, ctx.queryParamMap(), world));
    }

    Reply consent(Context ctx) {
        Object checked = check(ctx::formParam);
        if (checked instanceof Reply r) {
            return r;
        }
        AuthRequest req = (AuthRequest) checked;
        if (!"accept".equals(ctx.formParam("decision"))) {
            return errorRedirect(req, "access_denied");
        }
        String user = ctx.formParam("user_id");
        if (user == null || user.isBlank()) {
            user = ctx.formParam("user");
        }
        if (user == null || world.user(user.strip()).isEmpty()) {
            return Reply.html(
                    400,
                    ConsentPage.error(
                            "Unknown user '"
                                    + ConsentPage.escape(String.valueOf(user))
                                    + "': pick a user of this world."));
        }
        return approve(req, user.strip());
    }

    private Reply approve(AuthRequest req, String userId) {
        accounts.registerAppUser(req.client().id(), userId);
        String code =
                accounts.issueCode(
                        req.client().id(),
                        userId,
                        req.redirectUri(),
                        req.scopes(),
                        req.challenge());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        if (req.state() != null) {
            params.put("state", req.state());
        }
        return Reply.redirect(withQuery(req.redirectUri(), params));
    }

    /** Validates the request parameters; returns the request or the reply that refuses it. */
    private Object check(java.util.function.Function<String, String> param) {
        ClientApp client = accounts.client(param.apply("client_id"));
        if (client == null) {
            return Reply.html(400, ConsentPage.error("INVALID_CLIENT: Invalid client"));
        }
        String redirect = param.apply("redirect_uri");
        if (redirect == null || redirect.isBlank()) {
            return Reply.html(400, ConsentPage.error("INVALID_CLIENT: Invalid redirect URI"));
        }
        String problem = RedirectRules.problem(redirect);
        if (problem != null) {
            return Reply.html(
                    400,
                    ConsentPage.error(
                            "INVALID_CLIENT: Insecure redirect URI: it "
                                    + ConsentPage.escape(problem)));
        }
        if (!client.allowsRedirect(redirect)) {
            return Reply.html(400, ConsentPage.error("INVALID_CLIENT: Invalid redirect URI"));
        }
        String state = param.apply("state");
        AuthRequest partial = new AuthRequest(client, redirect, state, Set.of(), null, null);
        if (!"code".equals(param.apply("response_type"))) {
            return errorRedirect(partial, "unsupported_response_type");
        }
        Set<String> scopes = Scopes.parse(param.apply("scope"));
        if (scopes == null) {
            return errorRedirect(partial, "invalid_scope");
        }
        String method = param.apply("code_challenge_method");
        String challenge = param.apply("code_challenge");
        if (method != null || challenge != null) {
            if (!"S256".equals(method)
                    || challenge == null
                    || !challenge.matches("[A-Za-z0-9_-]{43,128}")) {
                return errorRedirect(partial, "invalid_request");
            }
        }
        return new AuthRequest(client, redirect, state, scopes, challenge, param.apply("scope"));
    }

    private static Reply errorRedirect(AuthRequest req, String error) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        if (req.state() != null) {
            params.put("state", req.state());
        }
        return Reply.redirect(withQuery(req.redirectUri(), params));
    }

    static String withQuery(String uri, Map<String, String> params) {
        StringBuilder sb = new StringBuilder(uri).append(uri.contains("?") ? '&' : '?');
        params.forEach(
                (k, v) ->
                        sb.append(sb.charAt(sb.length() - 1) == '?' ? "" : "&")
                                .append(k)
                                .append('=')
                                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    Reply token(Context ctx) {
        return new TokenGrant(accounts, ctx).answer();
    }

    /** RFC 7636 S256: BASE64URL(SHA-256(verifier)) without padding. */
    static String s256(String verifier) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
