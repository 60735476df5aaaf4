package dev.spotrec.app.web;

import dev.spotrec.app.data.WarehouseTrainingData;
import dev.spotrec.app.service.RecommendationService;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.emulator.ClientApp;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.spotify.auth.TokenStore;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One synthetic world behind everything a web test needs: the emulator serving it, a warehouse
 * holding it, an item-kNN model trained on it, and the web server over all three on loopback.
 */
final class WebWorld implements AutoCloseable {
    static final String SPEC =
            "synthetic:seed=5,users=60,artists=40,tracks=400,playlists=160,length=15";
    static final String SECRET = "web-world-secret-7d2e";

    final World world;
    final Emulator emu;
    final Warehouse warehouse;
    final RecommendationService service;
    final WebServer web;
    final String base;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    final List<TokenStore> stores = Collections.synchronizedList(new ArrayList<>());

    WebWorld(Path dir) {
        world = Worlds.load(SPEC);
        String url = "duckdb:" + dir.resolve("wh.duckdb");
        try (Warehouse wh = Warehouse.open(url)) {
            wh.write(world::writeTo);
        }
        Path modelDir = dir.resolve("model");
        try (Warehouse wh = Warehouse.openReadOnly(url)) {
            Recommender model = Models.create("item-knn");
            model.fit(WarehouseTrainingData.read(wh));
            ModelStore.save(model, modelDir);
            service = RecommendationService.open(modelDir, wh);
        }
        warehouse = Warehouse.open(url);
        emu =
                Emulator.builder()
                        .world(world)
                        .client(new ClientApp("web-world", SECRET, ClientApp.LOOPBACK, true))
                        .start();
        web =
                WebServer.builder()
                        .apiUrl(emu.apiUrl())
                        .accountsUrl(emu.accountsUrl())
                        .client("web-world", SECRET)
                        .warehouse(warehouse)
                        .recommendations(service)
                        .port(0)
                        .listener((level, message) -> log.add(level + " " + message))
                        .tokenStores(
                                () -> {
                                    TokenStore s = TokenStore.inMemory();
                                    stores.add(s);
                                    return s;
                                })
                        .build()
                        .start();
        base = web.url().toString();
    }

    /** {@return the first user of the emulator's world who owns a playlist} */
    static String playlistOwner(Emulator emu) {
        return emu.world().users().stream()
                .map(u -> u.id())
                .filter(id -> !emu.playlistsOwnedBy(id).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    /** {@return a user who owns a playlist of at least 8 tracks, and that playlist} */
    Playlist ownedPlaylist() {
        return world.users().stream()
                .flatMap(u -> emu.playlistsOwnedBy(u.id()).stream())
                .filter(p -> p.items().size() >= 8)
                .findFirst()
                .orElseThrow();
    }

    /** {@return every token the users' stores hold, and the client secret} */
    List<String> secrets() {
        List<String> out = new ArrayList<>();
        out.add(SECRET);
        synchronized (stores) {
            for (TokenStore s : stores) {
                s.load()
                        .ifPresent(
                                t -> {
                                    out.add(t.accessToken());
                                    if (t.refreshToken() != null) {
                                        out.add(t.refreshToken());
                                    }
                                });
            }
        }
        return out;
    }

    @Override
    public void close() {
        web.close();
        emu.close();
        service.close();
        warehouse.close();
    }
}
