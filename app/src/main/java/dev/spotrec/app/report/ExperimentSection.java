package dev.spotrec.app.report;

import dev.spotrec.app.experiment.ExperimentResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The blind A/B experiment against the baseline: win rate with its 95% Wilson interval, the sign
 * test, and the like rate per arm.
 */
final class ExperimentSection {
    private ExperimentSection() {}

    static void render(Page page, ExperimentResults results, ChartFiles charts) {
        page.section("experiment", "Experiment: our list against the baseline");
        if (results == null
                || results.votes() == 0 && results.oursRatings() + results.baselineRatings() == 0) {
            page.missing(
                    "No experiment responses yet"
                            + (results == null
                                    ? ""
                                    : " (" + results.trials() + " trials started, no votes)")
                            + ": run 'spotrec serve' and ask listeners to compare the two lists on"
                            + " a playlist's experiment page.");
            return;
        }
        page.p(
                String.format(
                        Locale.ROOT,
                        "%d participants started %d trials and gave %d votes: our model won %d,"
                                + " the baseline %d, and %d were ties. Lists were shown blind, as"
                                + " \"List 1\" and \"List 2\" in random order, or interleaved.",
                        results.participants(),
                        results.trials(),
                        results.votes(),
                        results.oursWins(),
                        results.baselineWins(),
                        results.votes() - results.oursWins() - results.baselineWins()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(
                List.of(
                        "win rate (share of decisive votes)",
                        Html.percent(results.winRate())
                                + " ["
                                + Html.percent(results.winLow())
                                + ", "
                                + Html.percent(results.winHigh())
                                + "]"));
        rows.add(List.of("sign test p-value (two-sided)", Html.num(results.signTestP(), 4)));
        rows.add(
                List.of(
                        "like rate, our model",
                        Html.percent(results.oursLikeRate())
                                + " of "
                                + results.oursRatings()
                                + " ratings"));
        rows.add(
                List.of(
                        "like rate, baseline",
                        Html.percent(results.baselineLikeRate())
                                + " of "
                                + results.baselineRatings()
                                + " ratings"));
        page.table(List.of("measure", "value [95% Wilson interval]"), rows);
        String file = charts.add("experiment", chart(results));
        page.figure(file, "Votes won (with 95% Wilson interval) and like rate per arm");
    }

    /** One sentence for the summary, or null when there are no responses. */
    static String sentence(ExperimentResults r) {
        if (r == null || r.votes() == 0) {
            return null;
        }
        int decisive = r.oursWins() + r.baselineWins();
        String s =
                String.format(
                        Locale.ROOT,
                        "In the blind experiment, %d listeners preferred our list in %d of %d"
                                + " decisive votes (win rate %s, 95%% interval %s–%s, sign test p ="
                                + " %s)",
                        r.participants(),
                        r.oursWins(),
                        decisive,
                        Html.percent(r.winRate()),
                        Html.percent(r.winLow()),
                        Html.percent(r.winHigh()),
                        Html.num(r.signTestP(), 3));
        if (r.oursRatings() + r.baselineRatings() > 0) {
            s +=
                    "; they liked "
                            + Html.percent(r.oursLikeRate())
                            + " of our tracks and "
                            + Html.percent(r.baselineLikeRate())
                            + " of the baseline's";
        }
        return s + ".";
    }

    private static org.jfree.chart.JFreeChart chart(ExperimentResults r) {
        double win = Double.isNaN(r.winRate()) ? 0 : r.winRate();
        double[][] values = {
            {win, nan0(r.oursLikeRate())},
            {r.votes() == 0 ? 0 : 1 - win, nan0(r.baselineLikeRate())}
        };
        boolean decisive = !Double.isNaN(r.winRate());
        double[][] low = {
            {decisive ? r.winLow() : Double.NaN, Double.NaN},
            {decisive ? 1 - r.winHigh() : Double.NaN, Double.NaN}
        };
        double[][] high = {
            {decisive ? r.winHigh() : Double.NaN, Double.NaN},
            {decisive ? 1 - r.winLow() : Double.NaN, Double.NaN}
        };
        return Charts.intervalBars(
                "Blind experiment",
                "share",
                List.of("our model", "baseline"),
                List.of("decisive votes won", "tracks liked"),
                values,
                low,
                high);
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
