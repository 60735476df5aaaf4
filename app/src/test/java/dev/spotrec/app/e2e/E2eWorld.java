package dev.spotrec.app.e2e;

import dev.spotrec.app.data.WarehouseTrainingData;
import dev.spotrec.app.service.RecommendationService;
import dev.spotrec.app.web.WebServer;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.emulator.ClientApp;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.Models;
import dev.spotrec.recommender.Recommender;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;

/**
 * Everything the browser test runs against, all on loopback: the emulator serving a synthetic
 * world, a DuckDB warehouse that imported the same world, an item-kNN model trained from the
 * warehouse, and the web app over the three.
 */
final class E2eWorld implements AutoCloseable {
    static final String SPEC =
            "synthetic:seed=11,users=50,artists=40,tracks=400,playlists=150,length=15";
    private static final String CLIENT = "e2e-client";
    private static final String SECRET = "e2e-secret-4b1f";

    final World world;
    final String warehouseUrl;
    final Emulator emulator;
    final Warehouse warehouse;
    final RecommendationService service;
    final WebServer web;

    E2eWorld(Path dir) {
        world = Worlds.load(SPEC);
        warehouseUrl = "duckdb:" + dir.resolve("warehouse.duckdb");
        try (Warehouse wh = Warehouse.open(warehouseUrl)) {
            wh.write(world::writeTo);
        }
        Path modelDir = dir.resolve("model");
        try (Warehouse wh = Warehouse.openReadOnly(warehouseUrl)) {
            Recommender model = Models.create("item-knn");
            model.fit(WarehouseTrainingData.read(wh));
            ModelStore.save(model, modelDir);
            service = RecommendationService.open(modelDir, wh);
        }
        // The web app writes the experiment's answers here.
        warehouse = Warehouse.open(warehouseUrl);
        emulator =
                Emulator.builder()
                        .world(world)
                        .client(new ClientApp(CLIENT, SECRET, ClientApp.LOOPBACK, true))
                        .start();
        web =
                WebServer.builder()
                        .apiUrl(emulator.apiUrl())
                        .accountsUrl(emulator.accountsUrl())
                        .client(CLIENT, SECRET)
                        .warehouse(warehouse)
                        .recommendations(service)
                        .port(0)
                        .build()
                        .start();
    }

    /** {@return the first playlist of at least 8 tracks that its owner owns} */
    Playlist ownedPlaylist() {
        return world.users().stream()
                .flatMap(u -> emulator.playlistsOwnedBy(u.id()).stream())
                .filter(p -> p.items().size() >= 8)
                .findFirst()
                .orElseThrow(() -> new AssertionError("world " + SPEC + " has no owned playlist"));
    }

    String base() {
        return web.url().toString();
    }

    @Override
    public void close() {
        web.close();
        emulator.close();
        service.close();
        warehouse.close();
    }
}
