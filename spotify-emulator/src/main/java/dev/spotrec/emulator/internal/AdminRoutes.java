package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.WorldStats;
import dev.spotrec.emulator.FaultPlan;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Admin endpoints under {@code /_emulator/}, for tests and the command line; never faulted, limited
 * or recorded:
 *
 * <ul>
 *   <li>{@code GET /_emulator/health}: mode, fault plan and world counts;
 *   <li>{@code GET|DELETE /_emulator/requests}: the recorded requests, or clear them;
 *   <li>{@code GET|PUT|DELETE /_emulator/faults}: the fault spec; PUT takes the spec as the body;
 *   <li>{@code POST /_emulator/tokens?user=ID&scopes=a,b&client=ID}: a user token without the
 *       consent page;
 *   <li>{@code POST /_emulator/revoke?user=ID}: revokes the user's refresh tokens.
 * </ul>
 */
final class AdminRoutes {
    private final Engine engine;

    AdminRoutes(Engine engine) {
        this.engine = engine;
    }

    void register(RoutesConfig routes) {
        routes.get("/_emulator/health", this::health);
        routes.get("/_emulator/requests", ctx -> json(ctx, 200, engine.requests()));
        routes.delete(
                "/_emulator/requests",
                ctx -> {
                    engine.clearRequests();
                    ctx.status(204);
                });
        routes.get(
                "/_emulator/faults",
                ctx -> json(ctx, 200, Map.of("spec", engine.faults().toString())));
        routes.put("/_emulator/faults", this::setFaults);
        routes.delete(
                "/_emulator/faults",
                ctx -> {
                    engine.faults(FaultPlan.none());
                    json(ctx, 200, Map.of("spec", "none"));
                });
        routes.post("/_emulator/tokens", this::token);
        routes.post(
                "/_emulator/revoke",
                ctx -> json(ctx, 200, Map.of("revoked", engine.revokeUser(required(ctx, "user")))));
    }

    private void health(Context ctx) {
        WorldStats s = engine.config().world().stats();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("mode", engine.config().mode().cliName());
        body.put("faults", engine.faults().toString());
        body.put("world", s);
        json(ctx, 200, body);
    }

    private void setFaults(Context ctx) {
        String spec =
                ctx.queryParam("spec") != null
                        ? ctx.queryParam("spec")
                        : new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8).strip();
        try {
            FaultPlan plan = FaultPlan.parse(spec);
            engine.faults(plan);
            json(ctx, 200, Map.of("spec", plan.toString()));
        } catch (IllegalArgumentException e) {
            json(ctx, 400, Map.of("error", e.getMessage()));
        }
    }

    private void token(Context ctx) {
        String client = ctx.queryParam("client") == null ? "demo-client" : ctx.queryParam("client");
        Set<String> scopes = Scopes.parse(ctx.queryParam("scopes"));
        if (scopes == null) {
            json(ctx, 400, Map.of("error", "unknown scope in '" + ctx.queryParam("scopes") + "'"));
            return;
        }
        try {
            json(ctx, 200, engine.issueUserTokens(client, required(ctx, "user"), scopes));
        } catch (IllegalArgumentException e) {
            json(ctx, 400, Map.of("error", e.getMessage()));
        }
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new io.javalin.http.BadRequestResponse("missing query parameter '" + name + "'");
        }
        return v;
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType(Reply.JSON).result(Json.MAPPER.writeValueAsBytes(body));
    }
}
