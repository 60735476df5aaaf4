package dev.spotrec.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The popularity distribution of recommendations against the catalog and playlist slots. */
final class PopularitySection {
    private PopularitySection() {}

    static void render(Page page, PopularityProfile profile, ChartFiles charts) {
        page.section("popularity", "Popularity of recommendations");
        if (profile == null) {
            page.missing(
                    "No model to sample: pass --model DIR (a directory written by 'spotrec train')"
                            + " to see where recommendations fall on the popularity curve.");
            return;
        }
        page.p(
                String.format(
                        Locale.ROOT,
                        "%d playlists of the training data, drawn at random, each got %d"
                                + " recommendations. Items are placed by their catalog popularity"
                                + " percentile (100 = the most-played); bars show the share of"
                                + " catalog items, of playlist entries, and of recommendations in"
                                + " each decile.",
                        profile.lists(),
                        profile.listLength()));
        List<String> series = new ArrayList<>(List.of("catalog items", "playlist entries"));
        List<List<Double>> shares =
                new ArrayList<>(List.of(profile.catalogShare(), profile.interactionShare()));
        series.add(profile.model().name());
        shares.add(profile.model().share());
        if (profile.baseline() != null) {
            series.add(profile.baseline().name() + " (baseline)");
            shares.add(profile.baseline().share());
        }
        List<String> deciles = new ArrayList<>();
        for (int b = 0; b < PopularityProfile.BINS; b++) {
            deciles.add((b * 10) + "–" + (b * 10 + 10));
        }
        double[][] values = new double[series.size()][PopularityProfile.BINS];
        for (int s = 0; s < series.size(); s++) {
            for (int b = 0; b < PopularityProfile.BINS; b++) {
                values[s][b] = shares.get(s).get(b);
            }
        }
        String file =
                charts.add(
                        "popularity",
                        Charts.bars(
                                "Popularity percentile of recommended items vs the catalog",
                                "share",
                                series,
                                deciles,
                                values));
        page.figure(file, "Share per catalog popularity decile (percentile range)");
        List<List<String>> rows = new ArrayList<>();
        rows.add(arm(profile.model()));
        if (profile.baseline() != null) {
            rows.add(arm(profile.baseline()));
        }
        page.table(
                List.of(
                        "model",
                        "mean popularity percentile",
                        "catalog coverage (sample)",
                        "artist diversity"),
                rows);
    }

    private static List<String> arm(PopularityProfile.Arm arm) {
        return List.of(
                arm.name(),
                Html.num(arm.meanPercentile(), 1),
                Html.percent(arm.coverage()),
                Html.num(arm.artistDiversity(), 3));
    }
}
