package dev.spotrec.app.web;

import dev.spotrec.app.Main;
import dev.spotrec.app.service.RecommendationService;
import dev.spotrec.warehouse.Warehouse;
import dev.spotrec.warehouse.WarehouseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the web app and REST API over a warehouse and a trained model until stopped: what {@code
 * spotrec serve} and {@code spotrec demo --serve} start.
 */
public final class WebApp {
    /** The client the emulator always accepts; used when serving against a loopback API. */
    public static final String DEMO_CLIENT = "demo-client";

    /** The secret of {@link #DEMO_CLIENT}, known to every emulator (not a real credential). */
    public static final String DEMO_SECRET = "demo-secret";

    private WebApp() {}

    /**
     * Where and how to serve: the warehouse and model, the Spotify API and Accounts service the
     * login goes through, the app's credentials, and the address to listen on.
     */
    public record Target(
            String warehouse,
            Path model,
            String apiUrl,
            String accountsUrl,
            String clientId,
            String clientSecret,
            String bind,
            int port) {
        @Override
        public String toString() {
            return "Target[" + warehouse + ", " + model + ", " + apiUrl + ", " + bind + ":" + port
                    + "]";
        }
    }

    /**
     * Serves {@code target} until {@code stop} is counted down or the JVM is interrupted (Ctrl-C);
     * prints {@code listening on URL} to {@code out}. Returns the exit code: 2 for bad input (an
     * unreadable warehouse or model), 1 when the server cannot start.
     */
    public static int serve(Target target, CountDownLatch stop, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        RecommendationService service;
        try (Warehouse readOnly = Warehouse.openReadOnly(target.warehouse())) {
            // Names are read once, into memory; the experiment then writes through a writable one.
            service = RecommendationService.open(target.model(), readOnly);
        } catch (IllegalArgumentException | WarehouseException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.USAGE;
        }
        try (service;
                Warehouse wh = Warehouse.open(target.warehouse());
                WebServer web =
                        WebServer.builder()
                                .warehouse(wh)
                                .recommendations(service)
                                .apiUrl(target.apiUrl())
                                .accountsUrl(target.accountsUrl())
                                .client(target.clientId(), target.clientSecret())
                                .bind(target.bind())
                                .port(target.port())
                                .build()
                                .start()) {
            out.println("listening on " + web.url());
            out.flush();
            Thread hook = new Thread(stop::countDown, "spotrec-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stop.await();
            } finally {
                removeHook(hook);
            }
            return Main.OK;
        } catch (IllegalArgumentException | WarehouseException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.USAGE;
        } catch (WebException e) {
            err.println("spotrec: " + e.getMessage());
            return Main.FAILURE;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook has run.
        }
    }
}
