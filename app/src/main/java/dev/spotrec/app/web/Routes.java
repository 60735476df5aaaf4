package dev.spotrec.app.web;

import dev.spotrec.app.experiment.Experiment;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Wires the parts of the web app into Javalin's routes: security headers and the CSRF check before
 * every handler, the login, pages, REST API and static files, and the error pages.
 */
final class Routes {
    private static final Duration CONTINUATION_TTL = Duration.ofHours(1);

    private static final Map<String, String> STATIC =
            Map.of(
                    "spotrec.css",
                    "text/css; charset=utf-8",
                    "spotrec.js",
                    "text/javascript; charset=utf-8");

    private final WebServer.Settings settings;
    private final Supplier<URI> publicUrl;
    private final Web web;
    private final Templates templates = new Templates();
    private final Failures failures;
    private final Map<String, byte[]> files;

    Routes(WebServer.Settings settings, Supplier<URI> publicUrl) {
        this.settings = settings;
        this.publicUrl = publicUrl;
        boolean secure =
                settings.publicUrl() != null && "https".equals(settings.publicUrl().getScheme());
        Sessions sessions =
                new Sessions(
                        settings.clock(),
                        settings.sessionIdle(),
                        settings.sessionMaxAge(),
                        settings.maxSessions());
        this.web = new Web(sessions, secure, settings.sessionMaxAge());
        this.failures = new Failures(templates, web, settings.clock(), settings.listener());
        this.files = Map.of("spotrec.css", load("spotrec.css"), "spotrec.js", load("spotrec.js"));
    }

    void register(RoutesConfig routes) {
        SpotifyAccess access =
                new SpotifyAccess(
                        settings.apiUrl(),
                        settings.accountsUrl(),
                        settings.clientId(),
                        settings.clientSecret(),
                        settings.clock(),
                        settings.tokenStores());
        SpotifyData data = new SpotifyData(settings.clock(), settings.cacheTtl());
        routes.before(this::headers);
        routes.before(
                ctx -> {
                    if ("POST".equals(ctx.method().name())) {
                        web.checkCsrf(ctx);
                    }
                });
        new LoginRoutes(
                        web,
                        access,
                        () -> publicUrl.get().resolve("/callback"),
                        settings.clock(),
                        settings.listener())
                .register(routes);
        application(routes, data);
        routes.get("/static/{file}", this::file);
        settings.extraRoutes().accept(routes);
        routes.exception(Exception.class, failures::handle);
        routes.error(404, failures::status);
        routes.error(405, failures::status);
    }

    /** The pages and the REST API; the experiment when there is a warehouse and a model. */
    private void application(RoutesConfig routes, SpotifyData data) {
        Backend backend = settings.backend();
        boolean experiments = backend.warehouse() != null && backend.service() != null;
        Pages pages = new Pages(web, templates, data, experiments);
        pages.register(routes);
        Continuations continuations =
                new Continuations(
                        backend,
                        data,
                        new ContinuationCache(
                                settings.clock(), continuationTtl(settings.cacheTtl()), 20_000));
        new ContinuationPages(web, pages, continuations, data, settings.listener())
                .register(routes);
        Api api = new Api(web, data, continuations);
        if (experiments) {
            Experiment experiment =
                    Experiment.open(
                            backend.warehouse(),
                            new SplittableRandom(settings.seed()),
                            settings.clock());
            ExperimentPages trials =
                    new ExperimentPages(
                            web, pages, continuations, backend, experiment, settings.listener());
            trials.register(routes);
            ExperimentPages.endpoints(trials).forEach(api::add);
        }
        api.register(routes);
    }

    private void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' https: http: data:; style-src 'self';"
                        + " script-src 'self'; form-action 'self' "
                        + accountsOrigin()
                        + "; frame-ancestors 'none'");
    }

    private String accountsOrigin() {
        URI u = URI.create(settings.accountsUrl());
        return u.getScheme() + "://" + u.getAuthority();
    }

    private void file(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] body = files.get(name);
        if (body == null) {
            throw WebException.notFound("There is no file " + name + ".");
        }
        ctx.contentType(STATIC.get(name)).header("Cache-Control", "max-age=3600").result(body);
    }

    private static byte[] load(String name) {
        try (InputStream in = Routes.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource static/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How long a computed continuation is kept. It is a pure function of its key (the playlist's
     * tracks, name and owner, which are re-read from Spotify every {@code cacheTtl}) and of the
     * model loaded for the server's life, so it stays valid until evicted: an hour, rather than
     * {@code cacheTtl}, keeps every popular playlist's list from expiring at once under load. Zero
     * still turns caching off.
     */
    static Duration continuationTtl(Duration cacheTtl) {
        return cacheTtl.isZero() ? Duration.ZERO : CONTINUATION_TTL.plus(cacheTtl);
    }
}
