package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.IdIndex;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cold start from a playlist name: learned from named playlists, each title token t votes for the
 * items of the playlists whose titles contain it, with {@code P(item | t)} (the share of those
 * playlists holding the item) times {@code idf(t) = log(playlists / playlists with t)}. Each token
 * keeps its {@code perToken} most likely items. Titles are folded to lower case without accents;
 * tokens are letter/digit runs, plus the whole title as one token so "90s hip hop" also matches as
 * a phrase. Training O(sum over titled rows of |row| tokens); per request O(tokens perToken).
 */
public final class TitleModel extends ScoringModel {

    /** The model's name. */
    public static final String NAME = "title";

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private final int perToken;
    private IdIndex tokens = IdIndex.empty();
    private CsrMatrix tokenItems = CsrMatrix.empty(0, 0);
    private float[] idf = new float[0];

    /** Creates the model from settings: perToken. */
    public TitleModel(Map<String, String> given) {
        super(NAME, new Settings(NAME, given, Set.of("perToken")));
        perToken = settings.intValue("perToken", 500, 1, 1_000_000);
    }

    /** Returns the tokens of a title: its words and the whole normalised title. */
    static List<String> tokens(String title) {
        List<String> out = new ArrayList<>();
        if (title == null) {
            return out;
        }
        String t =
                MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD))
                        .replaceAll("")
                        .toLowerCase(Locale.ROOT);
        String[] words = SPLIT.split(t.trim());
        StringBuilder whole = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                if (!out.contains(w)) {
                    out.add(w);
                }
                whole.append(whole.isEmpty() ? "" : " ").append(w);
            }
        }
        if (out.size() > 1) {
            out.add("\"" + whole + "\"");
        }
        return out;
    }

    @Override
    protected void train(TrainingData data, Catalog c, Progress progress) {
        IdIndex.Builder tb = IdIndex.builder();
        CsrMatrix.Builder counts = CsrMatrix.builder();
        CsrMatrix m = data.interactions();
        int titled = 0;
        int[] df = new int[16];
        for (int r = 0; r < m.rows(); r++) {
            List<String> ts = tokens(data.rowTitle(r));
            if (ts.isEmpty() || m.rowLength(r) == 0) {
                continue;
            }
            titled++;
            for (String t : ts) {
                int id = tb.add(t);
                if (id == df.length) {
                    df = java.util.Arrays.copyOf(df, id * 2);
                }
                df[id]++;
                for (int p = m.rowStart(r); p < m.rowEnd(r); p++) {
                    counts.add(id, m.colIndex(p), 1);
                }
            }
        }
        tokens = tb.build();
        idf = new float[tokens.size()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = (float) Math.log(1 + (double) titled / df[t]);
        }
        tokenItems = keepTop(counts.build(tokens.size(), m.cols()), df);
    }

    private CsrMatrix keepTop(CsrMatrix counts, int[] df) {
        CsrMatrix.Builder b = CsrMatrix.builder();
        for (int t = 0; t < counts.rows(); t++) {
            float[] s = new float[counts.rowLength(t)];
            int[] rank = new int[s.length];
            for (int p = counts.rowStart(t), x = 0; p < counts.rowEnd(t); p++, x++) {
                s[x] = counts.value(p);
                rank[x] = x;
            }
            for (int x : TopN.select(s, rank, perToken)) {
                int p = counts.rowStart(t) + x;
                b.add(t, counts.colIndex(p), counts.value(p) / df[t]);
            }
        }
        return b.build(counts.rows(), counts.cols());
    }

    @Override
    public void score(Seed seed, float[] out) {
        for (String token : tokens(seed.title())) {
            int t = tokens.id(token);
            if (t < 0) {
                continue;
            }
            for (int p = tokenItems.rowStart(t); p < tokenItems.rowEnd(t); p++) {
                int item = tokenItems.colIndex(p);
                float w = idf[t] * tokenItems.value(p);
                out[item] = out[item] == Float.NEGATIVE_INFINITY ? w : out[item] + w;
            }
        }
    }

    @Override
    protected List<Reason> reasons(Seed seed, int item) {
        List<Reason> out = new ArrayList<>();
        for (String token : tokens(seed.title())) {
            int t = tokens.id(token);
            float w = t < 0 ? 0 : tokenItems.get(t, item) * idf[t];
            if (w > 0) {
                out.add(new Reason(Reason.Kind.TITLE_TOKEN, token, w));
            }
        }
        out.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return out.subList(0, Math.min(3, out.size()));
    }
}
