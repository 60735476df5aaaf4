package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.UserFollow;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.WorldSink;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.emulator.Mode;
import dev.spotrec.warehouse.Batch;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code spotrec train} on a warehouse, then {@code spotrec recommend} from the warehouse, from the
 * emulator's API for a playlist the warehouse lacks, and {@code --save} into the user's account.
 */
class TrainRecommendIT {
    static final String WORLD =
            "synthetic:seed=11,users=40,artists=30,tracks=300,playlists=120,length=12";

    @TempDir static Path dir;
    static World world;
    static Emulator emu;
    static Playlist absent;
    static String wh;
    static Path model;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void setUp() {
        world = Worlds.load(WORLD);
        emu = Emulator.builder().world(world).mode(Mode.EXTENDED).start();
        absent = world.playlists().get(world.playlists().size() - 1);
        wh = "duckdb:" + dir.resolve("wh.duckdb");
        try (Warehouse w = Warehouse.open(wh)) {
            w.write(b -> world.writeTo(without(b, absent.id())));
        }
        model = dir.resolve("model");
    }

    @AfterAll
    static void tearDown() {
        emu.close();
    }

    private int run(Map<String, String> env, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ((RecommendCommand) cli.getSubcommands().get("recommend").getCommand()).env = env;
        return cli.execute(args);
    }

    /** {@code spotrec recommend} with the trained model and the warehouse, then {@code more}. */
    private int recommend(Map<String, String> env, String playlist, String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "recommend",
                                "--model",
                                model.toString(),
                                "--warehouse",
                                wh,
                                "--playlist",
                                playlist));
        args.addAll(List.of(more));
        return run(env, args.toArray(String[]::new));
    }

    private void train() {
        if (!Files.exists(model.resolve("model.properties"))) {
            int code =
                    run(
                            Map.of(),
                            "train",
                            "--warehouse",
                            wh,
                            "--model",
                            "item-knn",
                            "--out",
                            model.toString(),
                            "--set",
                            "k=50");
            assertThat(code).as(err.toString()).isZero();
        }
    }

    private Playlist stored() {
        return world.playlists().stream()
                .filter(p -> p.items().size() >= 8 && !p.id().equals(absent.id()))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, String> creds() {
        return Map.of(
                "SPOTIFY_CLIENT_ID", "demo-client",
                "SPOTIFY_CLIENT_SECRET", "demo-secret",
                "XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    @Test
    void trainReplacesTheModelDirectoryAtomically() throws Exception {
        train();
        int code =
                run(
                        Map.of(),
                        "train",
                        "--warehouse",
                        wh,
                        "--model",
                        "most-popular",
                        "--out",
                        model.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("trained most-popular").contains("saved to");
        assertThat(Files.readString(model.resolve("model.properties")))
                .contains("model=most-popular");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".model"));
        }
        Files.walk(model)
                .sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete());
    }

    @Test
    void recommendsAStoredPlaylistAsOneJsonDocument() {
        train();
        Playlist p = stored();
        int code = recommend(Map.of(), "spotify:playlist:" + p.id(), "--n", "10", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
        assertThat(doc.get("playlist").get("source").asString()).isEqualTo("warehouse");
        assertThat(doc.get("playlist").get("name").asString()).isEqualTo(p.name());
        assertThat(doc.get("model").asString()).isEqualTo("item-knn");
        JsonNode items = doc.get("items");
        assertThat(items.size()).isEqualTo(10);
        JsonNode first = items.get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        Track t = world.track(first.get("trackId").asString()).orElseThrow();
        assertThat(first.get("name").asString()).isEqualTo(t.name());
        assertThat(first.get("artists").size()).isPositive();
        assertThat(first.get("explanation").asString()).isNotBlank();
    }

    @Test
    void printsRankTrackArtistsAndExplanation() {
        train();
        Playlist p = stored();
        int code = recommend(Map.of(), "https://open.spotify.com/playlist/" + p.id(), "--n", "5");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("  1. ").contains("  5. ").contains("because ");
    }

    @Test
    void fetchesAPlaylistTheWarehouseLacksThroughTheApi() {
        train();
        int code =
                recommend(
                        creds(),
                        absent.id(),
                        "--api-url",
                        emu.apiUrl(),
                        "--accounts-url",
                        emu.accountsUrl(),
                        "--n",
                        "5",
                        "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
        assertThat(doc.get("playlist").get("source").asString()).isEqualTo("api");
        assertThat(doc.get("playlist").get("tracks").asInt()).isEqualTo(absent.items().size());
        assertThat(err.toString()).doesNotContain("demo-secret");
    }

    @Test
    void unknownPlaylistOrBadWarehouseExitsTwoNamingIt() {
        train();
        String unknown = "0123456789abcdefghijkl";
        int code =
                recommend(
                        creds(),
                        "https://open.spotify.com/playlist/" + unknown,
                        "--api-url",
                        emu.apiUrl(),
                        "--accounts-url",
                        emu.accountsUrl());
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("unknown playlist " + unknown);
        code =
                run(
                        Map.of(),
                        "recommend",
                        "--model",
                        model.toString(),
                        "--warehouse",
                        "postgres://x/y",
                        "--playlist",
                        unknown);
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("postgres://x/y");
    }

    @Test
    void savesTheContinuationAsANewPlaylist() throws Exception {
        train();
        Playlist p = stored();
        String user = world.users().get(0).id();
        Map<String, Object> t =
                emu.userTokens("demo-client", user, Set.of("playlist-modify-private"));
        Path token = dir.resolve("config/spotrec/token.json");
        Files.createDirectories(token.getParent());
        Files.writeString(
                token,
                "{\"access_token\":\""
                        + t.get("access_token")
                        + "\",\"token_type\":\"Bearer\",\"expires_at\":"
                        + (Instant.now().getEpochSecond() + 3000)
                        + ",\"refresh_token\":\""
                        + t.get("refresh_token")
                        + "\",\"scope\":\"playlist-modify-private\"}");
        try {
            int code =
                    recommend(
                            creds(),
                            p.id(),
                            "--api-url",
                            emu.apiUrl(),
                            "--accounts-url",
                            emu.accountsUrl(),
                            "--n",
                            "7",
                            "--save",
                            "--name",
                            "My mix",
                            "--json");
            assertThat(code).as(err.toString()).isZero();
            JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
            String id = doc.get("saved").get("id").asString();
            Playlist saved = emu.playlist(id).orElseThrow();
            assertThat(saved.name()).isEqualTo("My mix");
            assertThat(saved.ownerId()).isEqualTo(user);
            List<String> expected =
                    doc.get("items").valueStream().map(i -> i.get("trackId").asString()).toList();
            assertThat(saved.items().stream().map(PlaylistItem::trackId).toList())
                    .isEqualTo(expected);
            assertThat(out.toString() + err.toString())
                    .doesNotContain((String) t.get("access_token"));
        } finally {
            Files.delete(token);
        }
    }

    /** Every entity except one playlist (and follows of it). */
    static WorldSink without(Batch b, String playlistId) {
        return new WorldSink() {
            public void artist(Artist a) {
                b.artist(a);
            }

            public void album(Album a) {
                b.album(a);
            }

            public void track(Track t) {
                b.track(t);
            }

            public void user(User u) {
                b.user(u);
            }

            public void playlist(Playlist p) {
                if (!p.id().equals(playlistId)) {
                    b.playlist(p);
                }
            }

            public void topItems(TopItems t) {
                b.topItems(t);
            }

            public void playlistFollow(PlaylistFollow f) {
                if (!f.playlistId().equals(playlistId)) {
                    b.playlistFollow(f);
                }
            }

            public void userFollow(UserFollow f) {
                b.userFollow(f);
            }
        };
    }
}
