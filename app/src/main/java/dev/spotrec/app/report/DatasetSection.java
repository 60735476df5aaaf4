package dev.spotrec.app.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The dataset and crawl summary: entities per type, requests, throttling and duration. */
final class DatasetSection {
    private DatasetSection() {}

    static void render(Page page, DatasetSummary dataset) {
        page.section("dataset", "Dataset and crawl");
        if (dataset == null) {
            page.missing(
                    "No warehouse summary: run 'spotrec report --warehouse WH' to include the"
                            + " dataset and crawl.");
            return;
        }
        page.p(
                "Warehouse "
                        + dataset.warehouse()
                        + " (schema version "
                        + dataset.schemaVersion()
                        + "): "
                        + entitySentence(dataset)
                        + ".");
        List<List<String>> rows = new ArrayList<>();
        dataset.rows().forEach((table, n) -> rows.add(List.of(table, Html.count(n))));
        page.table(List.of("table", "rows"), rows);
        crawls(page, dataset);
    }

    static String entitySentence(DatasetSummary dataset) {
        List<String> parts = new ArrayList<>();
        for (String table : List.of("artists", "albums", "tracks", "users", "playlists")) {
            if (dataset.rows().containsKey(table)) {
                parts.add(Html.count(dataset.rowsOf(table)) + " " + table);
            }
        }
        if (dataset.rows().containsKey("playlist_items")) {
            parts.add(Html.count(dataset.rowsOf("playlist_items")) + " playlist entries");
        }
        return parts.isEmpty() ? "no entity tables" : String.join(", ", parts);
    }

    private static void crawls(Page page, DatasetSummary dataset) {
        page.h3("Crawl runs");
        if (dataset.crawls().isEmpty()) {
            page.missing(
                    "No crawl runs recorded: this warehouse was filled by 'spotrec import' or has"
                            + " not been crawled yet.");
            return;
        }
        long requests = dataset.requests();
        long throttled = dataset.throttled();
        page.p(
                String.format(
                        Locale.ROOT,
                        "%d run(s) sent %s requests; %s were answered 429 (throttled, %s of"
                                + " requests)%s.",
                        dataset.crawls().size(),
                        Html.count(requests),
                        Html.count(throttled),
                        Html.percent(requests == 0 ? 0 : (double) throttled / requests),
                        throttled == 0 ? "" : ", and the client waited each out"));
        List<List<String>> rows = new ArrayList<>();
        for (DatasetSummary.Crawl c : dataset.crawls()) {
            rows.add(
                    List.of(
                            "#" + c.runId(),
                            c.status(),
                            c.mode() == null ? "unknown" : c.mode(),
                            Html.count(c.requests()),
                            Html.count(c.retries()),
                            Html.count(c.throttled()),
                            Html.count(c.entities()),
                            duration(c.duration())));
        }
        page.table(
                List.of(
                        "run",
                        "status",
                        "API mode",
                        "requests",
                        "retries",
                        "429s",
                        "entities",
                        "duration"),
                rows);
    }

    static String duration(Duration d) {
        if (d == null) {
            return "unfinished";
        }
        long s = d.toSeconds();
        return s >= 3600
                ? String.format(Locale.ROOT, "%dh %02dm", s / 3600, s / 60 % 60)
                : s >= 60
                        ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60)
                        : String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
