package dev.spotrec.app;

import dev.spotrec.app.service.Continuation;
import dev.spotrec.app.service.ContinuationItem;
import dev.spotrec.app.service.PlaylistInput;
import dev.spotrec.app.service.RecommendationService;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.spotify.NewPlaylist;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.SpotifyType;
import dev.spotrec.spotify.SpotifyUri;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code spotrec recommend --model DIR --playlist ID|URI|URL [--warehouse WH] [--n 50] [--json]
 * [--save [--name NAME]]}.
 */
@Command(
        name = "recommend",
        mixinStandardHelpOptions = true,
        description = {
            "Continues a playlist with a trained model and says why each track fits.",
            "The playlist comes from the warehouse when it holds it, else from the Web API (with"
                    + " the login of 'spotrec login', or SPOTIFY_CLIENT_ID/SECRET).",
            "--save creates the continuation as a new playlist in your account (needs the login"
                    + " with the playlist-modify-private scope)."
        })
final class RecommendCommand implements Callable<Integer> {
    private static final JsonMapper JSON =
            JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec CommandSpec spec;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            defaultValue = TrainCommand.DEFAULT_OUT,
            description = "model directory from 'spotrec train' (default: ${DEFAULT-VALUE})")
    Path model;

    @Option(
            names = "--playlist",
            required = true,
            paramLabel = "ID|URI|URL",
            description = "the playlist to continue")
    String playlist;

    @Mixin WarehouseOption warehouse;

    @Mixin SpotifyUrlOptions urls;

    @Option(
            names = "--n",
            paramLabel = "N",
            defaultValue = "50",
            description = "how many tracks (default: ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--json", description = "print one JSON document on stdout")
    boolean json;

    @Option(names = "--save", description = "save the continuation as a new playlist")
    boolean save;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "name of the saved playlist (default: '<playlist> continued')")
    String name;

    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (n < 1 || n > 500) {
            throw new IllegalArgumentException("--n must be 1 to 500, got " + n);
        }
        if (name != null && !save) {
            throw new IllegalArgumentException("--name needs --save");
        }
        if (!Files.isRegularFile(model.resolve("model.properties"))) {
            throw new IllegalArgumentException("no model at " + model + "; run spotrec train");
        }
        String id = SpotifyUri.id(playlist, SpotifyType.PLAYLIST);
        return CommandFailures.run(
                err,
                () -> {
                    try (Warehouse wh = Warehouse.openReadOnly(warehouse.url);
                            RecommendationService service = open(wh)) {
                        Optional<PlaylistInput> local = PlaylistLookup.fromWarehouse(wh, id);
                        PlaylistInput input =
                                local.orElseGet(
                                        () ->
                                                PlaylistLookup.fromApi(
                                                        () ->
                                                                SpotifyClients.create(
                                                                        env,
                                                                        urls,
                                                                        false,
                                                                        "playlist "
                                                                                + id
                                                                                + " is not in the"
                                                                                + " warehouse;"
                                                                                + " fetching it"),
                                                        id));
                        Continuation c = service.continuePlaylist(input, n);
                        Map<String, Object> saved = save ? save(input, c, err) : null;
                        print(input, local.isPresent() ? "warehouse" : "api", c, saved);
                    }
                    return Main.OK;
                });
    }

    private RecommendationService open(Warehouse wh) {
        try {
            return RecommendationService.open(model, wh);
        } catch (RecommenderException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private Map<String, Object> save(PlaylistInput input, Continuation c, PrintWriter err) {
        SpotifyClient client = SpotifyClients.create(env, urls, true, "--save");
        String title =
                name != null
                        ? name
                        : (input.name() == null ? "spotrec" : input.name()) + " continued";
        try {
            Playlist created = client.playlists().create(NewPlaylist.named(truncate(title)));
            client.playlists()
                    .add(
                            created.id(),
                            c.items().stream().map(i -> "spotify:track:" + i.trackId()).toList());
            String url =
                    created.externalUrls()
                            .getOrDefault(
                                    "spotify",
                                    new SpotifyUri(SpotifyType.PLAYLIST, created.id()).url());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", created.id());
            out.put("name", created.name());
            out.put("url", url);
            return out;
        } catch (SpotifyApiException e) {
            throw new IllegalStateException("--save: " + e.getMessage(), e);
        }
    }

    private static String truncate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100);
    }

    private void print(
            PlaylistInput input, String source, Continuation c, Map<String, Object> saved) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", input.playlistId());
            p.put("name", input.name());
            p.put("ownerId", input.ownerId());
            p.put("tracks", input.trackIds().size());
            p.put("source", source);
            doc.put("playlist", p);
            doc.put("model", c.model());
            doc.put("items", c.items());
            if (saved != null) {
                doc.put("saved", saved);
            }
            out.println(JSON.writeValueAsString(doc));
        } else {
            out.printf(
                    "Continuing \"%s\" (%d tracks, from the %s) with %s:%n",
                    input.name(), input.trackIds().size(), source, c.model());
            for (ContinuationItem i : c.items()) {
                out.printf(
                        "%3d. %s - %s%n     %s%n",
                        i.rank(), i.name(), String.join(", ", artists(i)), i.explanation());
            }
            if (saved != null) {
                out.println("saved as " + saved.get("url"));
            }
        }
        out.flush();
    }

    private static List<String> artists(ContinuationItem i) {
        return i.artists().isEmpty() ? List.of("unknown artist") : i.artists();
    }
}
