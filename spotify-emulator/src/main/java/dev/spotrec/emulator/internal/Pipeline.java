package dev.spotrec.emulator.internal;

import dev.spotrec.emulator.ClientApp;
import dev.spotrec.emulator.EmulatorListener;
import dev.spotrec.emulator.RecordedRequest;
import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The dispatcher every request goes through, in this order: fault effects (latency, reset, stall,
 * 5xx, 429 burst; truncation is applied when writing), bearer authentication, development-mode app
 * checks, rate limit and quota, development-mode endpoint closures, the handler, then ETag and
 * {@code If-None-Match}. Every request is recorded with its outcome.
 */
final class Pipeline {
    private final Accounts accounts;
    private final FaultInjector faults;
    private final RateLimiter limiter;
    private final Recorder recorder;
    private final EmulatorListener listener;
    private final boolean dev;
    private final Clock clock;
    private volatile String base = "";

    Pipeline(
            Accounts accounts,
            FaultInjector faults,
            RateLimiter limiter,
            Recorder recorder,
            EmulatorListener listener,
            boolean dev,
            Clock clock) {
        this.accounts = accounts;
        this.faults = faults;
        this.limiter = limiter;
        this.recorder = recorder;
        this.listener = listener;
        this.dev = dev;
        this.clock = clock;
    }

    void base(String value) {
        base = value;
    }

    String base() {
        return base;
    }

    /** Serves a Web API route. */
    void api(Context ctx, Route route) {
        serve(
                ctx,
                true,
                c -> {
                    Call call = authenticate(ctx);
                    ctx.attribute("spotrec.client", call.token.clientId());
                    ctx.attribute("spotrec.user", call.token.userId());
                    checkApp(call.token);
                    limiter.admit(call.token.clientId());
                    if (dev && route.closure() == Route.Closure.FORBIDDEN) {
                        throw ApiError.forbidden(Messages.FORBIDDEN);
                    }
                    if (dev && route.closure() == Route.Closure.NOT_FOUND) {
                        throw ApiError.notFound();
                    }
                    return route.handler().handle(call);
                });
    }

    /** Serves an Accounts or other non-API route: faults apply when selected, no bearer token. */
    void plain(Context ctx, Function<Context, Reply> handler) {
        serve(ctx, false, handler);
    }

    private void serve(Context ctx, boolean api, Function<Context, Reply> handler) {
        ctx.attribute("spotrec.served", Boolean.TRUE);
        long seq = recorder.nextSequence();
        Instant received = clock.instant();
        FaultInjector.Decision d = faults.decide(ctx.path());
        Reply reply;
        try {
            if (d.latencyMillis() > 0) {
                Thread.sleep(d.latencyMillis());
            }
            reply =
                    switch (d.effect()) {
                        case RESET -> null;
                        case STALL -> {
                            Thread.sleep(faults.plan().stall().toMillis());
                            yield run(ctx, handler, api);
                        }
                        case SERVER_ERROR ->
                                Reply.error(new ApiError(d.status(), serverMessage(d.status())));
                        case TOO_MANY ->
                                Reply.error(
                                        new ApiError(
                                                429,
                                                Messages.RATE_LIMIT,
                                                null,
                                                faults.plan().retryAfterSeconds()));
                        default -> run(ctx, handler, api);
                    };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = Reply.error(new ApiError(503, "Service unavailable"));
        }
        // Recorded before writing, so that a client that has its answer also finds it recorded.
        boolean cut =
                reply == null
                        || (d.effect() == FaultInjector.Effect.TRUNCATE && reply.length() > 1);
        record(ctx, seq, received, cut ? 0 : reply.status(), d.label());
        write(ctx, reply, d);
    }

    private Reply run(Context ctx, Function<Context, Reply> handler, boolean api) {
        try {
            Reply r = handler.apply(ctx);
            return api ? conditional(ctx, r) : r;
        } catch (ApiError e) {
            Reply r = Reply.error(e);
            if (e.status == 401) {
                r =
                        r.withHeader(
                                "WWW-Authenticate",
                                "Bearer realm=\"spotify\", error=\"invalid_token\","
                                        + " error_description=\""
                                        + e.getMessage()
                                        + "\"");
            }
            return r;
        } catch (RuntimeException e) {
            listener.failed(ctx.method().name(), ctx.path(), e);
            return Reply.error(new ApiError(500, "Server error."));
        }
    }

    private Call authenticate(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth == null || auth.isBlank()) {
            throw new ApiError(401, Messages.NO_TOKEN);
        }
        if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiError(400, "Only valid bearer authentication supported");
        }
        Accounts.AccessToken token = accounts.token(auth.substring(7).strip());
        if (token == null) {
            throw new ApiError(401, Messages.INVALID_TOKEN);
        }
        if (accounts.expired(token)) {
            throw new ApiError(401, Messages.EXPIRED_TOKEN);
        }
        return new Call(ctx, token, dev, base);
    }

    /** Development mode since 11 Feb 2026: a Premium owner, and only the app's registered users. */
    private void checkApp(Accounts.AccessToken token) {
        if (!dev) {
            return;
        }
        ClientApp app = accounts.client(token.clientId());
        if (app != null && !app.ownerPremium()) {
            throw ApiError.forbidden(Messages.PREMIUM_OWNER);
        }
        if (token.userId() != null && !accounts.isAppUser(token.clientId(), token.userId())) {
            throw ApiError.forbidden(Messages.USER_NOT_REGISTERED);
        }
    }

    private static Reply conditional(Context ctx, Reply r) {
        if (r.status() != 200 || !"GET".equals(ctx.method().name())) {
            return r;
        }
        String etag = r.etagKey() != null ? Etags.ofKey(r.etagKey()) : Etags.of(r.bytes());
        if (Etags.matches(ctx.header("If-None-Match"), etag)) {
            return Reply.empty(304).withHeader("ETag", etag);
        }
        return r.withHeader("ETag", etag);
    }

    /** Writes the reply (or resets, or truncates); returns the status answered, 0 for none. */
    private int write(Context ctx, Reply r, FaultInjector.Decision d) {
        if (r == null) {
            Connections.abort(ctx.req(), true);
            return 0;
        }
        r.headers().forEach(ctx::header);
        ctx.status(r.status());
        if (r.contentType() != null) {
            ctx.contentType(r.contentType());
        }
        if (d.effect() == FaultInjector.Effect.TRUNCATE && r.length() > 1) {
            try {
                byte[] body = r.bytes();
                HttpServletResponse res = ctx.res();
                res.setContentLengthLong(body.length);
                ServletOutputStream out = res.getOutputStream();
                out.write(body, 0, body.length / 2);
                out.flush();
            } catch (IOException e) {
                // The client went away first; the effect is the same.
            }
            Connections.abort(ctx.req(), false);
            return 0;
        }
        int length = r.length();
        if (length > 0) {
            // Straight to the servlet stream with a Content-Length: no result-stream copy, no
            // chunking, no compression pass. Catalog bodies are already final bytes.
            try {
                HttpServletResponse res = ctx.res();
                res.setContentLength(length);
                ServletOutputStream out = res.getOutputStream();
                if (r.parts() == null) {
                    out.write(r.body());
                } else {
                    for (byte[] part : r.parts()) {
                        out.write(part);
                    }
                }
            } catch (IOException e) {
                return 0;
            }
        }
        return r.status();
    }

    private void record(Context ctx, long seq, Instant received, int status, String fault) {
        if (!recorder.enabled()) {
            return;
        }
        RecordedRequest rec =
                Recordings.of(
                        ctx,
                        seq,
                        received,
                        status,
                        fault,
                        ctx.attribute("spotrec.client"),
                        ctx.attribute("spotrec.user"));
        recorder.add(rec);
        listener.served(rec);
    }

    private static String serverMessage(int status) {
        return switch (status) {
            case 502 -> "Bad gateway.";
            case 503 -> "Service unavailable";
            default -> "Server error.";
        };
    }
}
