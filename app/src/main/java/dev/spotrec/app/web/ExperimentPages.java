package dev.spotrec.app.web;

import dev.spotrec.app.experiment.Design;
import dev.spotrec.app.experiment.Experiment;
import dev.spotrec.app.experiment.Trial;
import dev.spotrec.app.service.Continuation;
import dev.spotrec.app.service.ContinuationItem;
import dev.spotrec.app.service.PlaylistInput;
import dev.spotrec.app.service.RecommendationService;
import dev.spotrec.app.web.view.TrackRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The blind experiment's pages and REST endpoints. A trial shows our continuation and the
 * most-popular baseline as "List 1" and "List 2" in random order (or one team-draft interleaved
 * list), without explanations, which would tell the arms apart. Votes and 👍/👎 ratings go to the
 * {@link Experiment}, which keeps them in the warehouse under a salted hash of the user id.
 */
final class ExperimentPages {
    static final int LIST_LENGTH = 10;
    static final String BASELINE = "most-popular";

    private final Web web;
    private final Pages pages;
    private final Continuations continuations;
    private final Backend backend;
    private final Experiment experiment;
    private final WebListener listener;

    ExperimentPages(
            Web web,
            Pages pages,
            Continuations continuations,
            Backend backend,
            Experiment experiment,
            WebListener listener) {
        this.web = web;
        this.pages = pages;
        this.continuations = continuations;
        this.backend = backend;
        this.experiment = experiment;
        this.listener = listener;
    }

    void register(RoutesConfig routes) {
        // Starting a trial writes to the warehouse, so it is a POST with the CSRF token.
        routes.post("/playlists/{id}/experiment", this::startPage);
        routes.get("/experiment/{trial}", this::trialPage);
        routes.post("/experiment/{trial}/vote", this::votePage);
        routes.post("/experiment/{trial}/rate", this::ratePage);
        routes.get("/experiment/{trial}/thanks", this::thanks);
    }

    /**
     * The REST endpoints; {@code pages} may be {@code null} when only their description is used.
     */
    static List<ApiEndpoint> endpoints(ExperimentPages pages) {
        return List.of(
                ApiEndpoint.post(
                        "/api/playlists/{id}/experiment",
                        "Starts a blind trial: our list and the baseline, in random order or interleaved",
                        "TrialRequest",
                        "Trial",
                        201,
                        ctx -> pages.startApi(ctx)),
                ApiEndpoint.post(
                        "/api/experiment/{trial}/vote",
                        "Votes for list 1 or list 2 of a side-by-side trial",
                        "VoteRequest",
                        "Ok",
                        200,
                        ctx -> pages.voteApi(ctx)),
                ApiEndpoint.post(
                        "/api/experiment/{trial}/rate",
                        "Rates a track of a trial 👍 (liked=true) or 👎 (liked=false)",
                        "RateRequest",
                        "Ok",
                        200,
                        ctx -> pages.rateApi(ctx)));
    }

    private TrialState start(Session s, String playlistId, Design design, int n) {
        RecommendationService service = backend.requireService();
        PlaylistInput in = continuations.input(s, playlistId);
        Continuation ours = service.continuePlaylist(in, n);
        Continuation baseline = service.baseline(in, n);
        if (ours.items().isEmpty() || baseline.items().isEmpty()) {
            throw WebException.badRequest(
                    "There is not enough to compare for this playlist; try another one.");
        }
        Trial trial;
        try {
            trial =
                    experiment.start(
                            s.requireUser().id(),
                            in,
                            ours.items(),
                            baseline.items(),
                            BASELINE,
                            design);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        TrialState state = new TrialState(trial, in.name() == null ? playlistId : in.name());
        s.trials.put(trial.id(), state);
        return state;
    }

    private void startPage(Context ctx) {
        Session s = web.loggedIn(ctx);
        Design design =
                "interleaved".equals(ctx.formParam("design"))
                        ? Design.INTERLEAVED
                        : Design.SIDE_BY_SIDE;
        TrialState state = start(s, ctx.pathParam("id"), design, LIST_LENGTH);
        ctx.redirect("/experiment/" + state.trial().id(), HttpStatus.SEE_OTHER);
    }

    private void trialPage(Context ctx) {
        Session s = web.loggedIn(ctx);
        TrialState state = own(s, ctx.pathParam("trial"));
        Trial t = state.trial();
        pages.render(
                ctx,
                "experiment",
                Pages.params(
                        "chrome", pages.chrome(ctx, "Which list is better?"),
                        "trialId", t.id(),
                        "playlistName", state.playlistName(),
                        "interleaved", t.design() == Design.INTERLEAVED,
                        "list1", rows(s, t.list1(), state),
                        "list2", rows(s, t.list2(), state),
                        "merged", rows(s, t.interleaved(), state)));
    }

    private List<TrackRow> rows(Session s, List<ContinuationItem> items, TrialState state) {
        return continuations.rows(s, items, state.ratings()).stream()
                .map(
                        r ->
                                new TrackRow(
                                        r.rank(),
                                        r.trackId(),
                                        r.name(),
                                        r.artists(),
                                        r.album(),
                                        r.imageUrl(),
                                        null,
                                        r.rating()))
                .toList();
    }

    private void votePage(Context ctx) {
        Session s = web.loggedIn(ctx);
        String trial = ctx.pathParam("trial");
        vote(s, trial, parseList(ctx.formParam("list")));
        ctx.redirect("/experiment/" + trial + "/thanks", HttpStatus.SEE_OTHER);
    }

    private void ratePage(Context ctx) {
        Session s = web.loggedIn(ctx);
        String trial = ctx.pathParam("trial");
        rate(s, trial, ctx.formParam("trackId"), "true".equals(ctx.formParam("liked")));
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/json")) {
            ctx.json(Map.of("ok", true));
        } else {
            ctx.redirect("/experiment/" + trial, HttpStatus.SEE_OTHER);
        }
    }

    private void thanks(Context ctx) {
        Session s = web.loggedIn(ctx);
        TrialState state = own(s, ctx.pathParam("trial"));
        pages.render(
                ctx,
                "thanks",
                Pages.params(
                        "chrome", pages.chrome(ctx, "Thank you"), "trialId", state.trial().id()));
    }

    private void startApi(Context ctx) {
        Session s = web.loggedIn(ctx);
        JsonNode body = Api.body(ctx);
        String d = body.path("design").asString("SIDE_BY_SIDE");
        Design design;
        try {
            design = Design.valueOf(d);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(
                    "design must be SIDE_BY_SIDE or INTERLEAVED, got " + d + ".");
        }
        int n = body.has("n") ? Continuations.checkN(body.get("n").asInt()) : LIST_LENGTH;
        TrialState state = start(s, ctx.pathParam("id"), design, n);
        Trial t = state.trial();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("design", t.design().name());
        out.put("list1", rows(s, t.list1(), state));
        out.put("list2", rows(s, t.list2(), state));
        out.put("interleaved", rows(s, t.interleaved(), state));
        ctx.status(201).json(out);
    }

    private void voteApi(Context ctx) {
        Session s = web.loggedIn(ctx);
        JsonNode list = Api.body(ctx).get("list");
        vote(s, ctx.pathParam("trial"), list == null ? 0 : list.asInt(0));
        ctx.json(Map.of("ok", true));
    }

    private void rateApi(Context ctx) {
        Session s = web.loggedIn(ctx);
        JsonNode body = Api.body(ctx);
        JsonNode liked = body.get("liked");
        if (liked == null || !liked.isBoolean()) {
            throw WebException.badRequest("liked must be true or false.");
        }
        rate(s, ctx.pathParam("trial"), body.path("trackId").asString(null), liked.asBoolean());
        ctx.json(Map.of("ok", true));
    }

    private void vote(Session s, String trialId, int list) {
        own(s, trialId);
        if (list != 1 && list != 2) {
            throw WebException.badRequest("Pick list 1 or list 2.");
        }
        try {
            experiment.vote(trialId, s.requireUser().id(), list);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        listener.event("info", "trial " + trialId + ": a vote");
    }

    private void rate(Session s, String trialId, String trackId, boolean liked) {
        TrialState state = own(s, trialId);
        if (trackId == null || trackId.isBlank()) {
            throw WebException.badRequest("Say which track (trackId).");
        }
        try {
            experiment.rate(trialId, s.requireUser().id(), trackId, liked);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        state.ratings().put(trackId, liked ? "liked" : "disliked");
    }

    private static TrialState own(Session s, String trialId) {
        TrialState state = trialId == null ? null : s.trials.get(trialId);
        if (state == null) {
            throw WebException.notFound("There is no trial " + trialId + " in your session.");
        }
        return state;
    }

    private static int parseList(String list) {
        try {
            return list == null ? 0 : Integer.parseInt(list.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
