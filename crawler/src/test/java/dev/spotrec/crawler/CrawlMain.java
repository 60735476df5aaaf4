package dev.spotrec.crawler;

import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.warehouse.Warehouse;
import java.time.Duration;
import java.util.List;

/**
 * The crawl as a process, for the kill test: {@code CrawlMain API_URL ACCOUNTS_URL WH SEED RESUME}.
 * Exits 0 when the crawl completed.
 */
public final class CrawlMain {
    private CrawlMain() {}

    public static void main(String[] args) {
        SpotifyClient client =
                SpotifyClient.builder()
                        .auth(SpotifyAuth.clientCredentials("demo-client", "demo-secret"))
                        .apiBaseUrl(args[0])
                        .accountsBaseUrl(args[1])
                        .retries(6, Duration.ofMillis(5), Duration.ofMillis(50))
                        .seed(1)
                        .build();
        try (Warehouse wh = Warehouse.open(args[2])) {
            CrawlSummary s =
                    Crawler.builder()
                            .client(client)
                            .warehouse(wh)
                            .seedQueries(List.of(args[3].split("\\|")))
                            .resume(Boolean.parseBoolean(args[4]))
                            .build()
                            .run();
            System.exit(s.status().equals("completed") ? 0 : 3);
        }
    }
}
