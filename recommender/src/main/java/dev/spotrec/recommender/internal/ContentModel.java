package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.Reason;
import dev.spotrec.recommender.Seed;
import dev.spotrec.recommender.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Content-based filtering: items are vectors of (a) their numeric attributes (audio features,
 * release year, popularity), each standardised to z-scores over the items that have it, absent
 * values at the mean (0); and (b) their tags or genres as TF-IDF ({@code log(1 + count)} times
 * {@code log(items / df)}), L2-normalised. The two blocks are weighted ({@code attributeWeight},
 * {@code tagWeight}) so either can be missing: with audio features gone (new Spotify apps) the
 * model runs on tags alone, and vice versa. The seed's profile is the mean of its items' vectors;
 * items are ranked by cosine similarity to it. Per request O(|seed| features + items attributes +
 * tag nnz); items with no features at all are not candidates.
 */
public final class ContentModel extends ScoringModel {

    /** The model's name. */
    public static final String NAME = "content";

    private final float attributeWeight;
    private final float tagWeight;
    private int nAttr;
    private float[] attr = new float[0];
    private CsrMatrix tags = CsrMatrix.empty(0, 0);
    private float[] norms = new float[0];

    /** Creates the model from settings: attributeWeight, tagWeight. */
    public ContentModel(Map<String, String> given) {
        super(NAME, new Settings(NAME, given, Set.of("attributeWeight", "tagWeight")));
        attributeWeight = (float) settings.doubleValue("attributeWeight", 0.5, 0, 100);
        tagWeight = (float) settings.doubleValue("tagWeight", 1.0, 0, 100);
    }

    @Override
    protected void train(TrainingData data, Catalog c, Progress progress) {
        int items = data.items().size();
        nAttr = data.attributes().size();
        attr = standardised(data, items);
        tags = tfidf(data.itemTags(), items);
        norms = new float[items];
        for (int i = 0; i < items; i++) {
            double s = 0;
            for (int a = 0; a < nAttr; a++) {
                s += attr[i * nAttr + a] * attr[i * nAttr + a];
            }
            s *= attributeWeight * attributeWeight;
            for (int p = tags.rowStart(i); p < tags.rowEnd(i); p++) {
                s += tagWeight * tagWeight * tags.value(p) * tags.value(p);
            }
            norms[i] = (float) Math.sqrt(s);
        }
    }

    private float[] standardised(TrainingData data, int items) {
        float[] out = new float[items * nAttr];
        for (int a = 0; a < nAttr; a++) {
            double sum = 0;
            double sq = 0;
            int n = 0;
            for (int i = 0; i < items; i++) {
                float v = data.attribute(i, a);
                if (!Float.isNaN(v)) {
                    sum += v;
                    sq += (double) v * v;
                    n++;
                }
            }
            double mean = n == 0 ? 0 : sum / n;
            double std = n < 2 ? 1 : Math.sqrt(Math.max(1e-12, sq / n - mean * mean));
            for (int i = 0; i < items; i++) {
                float v = data.attribute(i, a);
                out[i * nAttr + a] = Float.isNaN(v) ? 0f : (float) ((v - mean) / std);
            }
        }
        return out;
    }

    private static CsrMatrix tfidf(CsrMatrix counts, int items) {
        CsrMatrix t = counts.transpose();
        float[] v = new float[counts.nnz()];
        for (int i = 0; i < counts.rows(); i++) {
            double s = 0;
            for (int p = counts.rowStart(i); p < counts.rowEnd(i); p++) {
                double idf =
                        Math.log((double) items / Math.max(1, t.rowLength(counts.colIndex(p))));
                v[p] = (float) (Math.log1p(counts.value(p)) * idf);
                s += (double) v[p] * v[p];
            }
            float inv = s > 0 ? (float) (1 / Math.sqrt(s)) : 0f;
            for (int p = counts.rowStart(i); p < counts.rowEnd(i); p++) {
                v[p] *= inv;
            }
        }
        return new CsrMatrix(counts.rows(), counts.cols(), counts.indptr(), counts.indices(), v);
    }

    /** The seed's profile: mean attribute vector and mean tag vector (dense over tags). */
    private record Profile(float[] attr, float[] tags, float norm) {}

    private Profile profile(Seed seed) {
        float[] pa = new float[nAttr];
        float[] pt = new float[tags.cols()];
        int n = 0;
        for (int s = 0; s < seed.size(); s++) {
            int item = seed.item(s);
            if (!known(item) || norms[item] == 0) {
                continue;
            }
            n++;
            for (int a = 0; a < nAttr; a++) {
                pa[a] += attr[item * nAttr + a];
            }
            for (int p = tags.rowStart(item); p < tags.rowEnd(item); p++) {
                pt[tags.colIndex(p)] += tags.value(p);
            }
        }
        double norm = 0;
        for (float v : pa) {
            norm += attributeWeight * attributeWeight * v * v;
        }
        for (float v : pt) {
            norm += tagWeight * tagWeight * v * v;
        }
        return new Profile(pa, pt, n == 0 ? 0f : (float) Math.sqrt(norm));
    }

    @Override
    public void score(Seed seed, float[] out) {
        Profile p = profile(seed);
        if (p.norm() == 0) {
            return;
        }
        for (int i = 0; i < out.length; i++) {
            if (norms[i] > 0) {
                out[i] = similarity(p, i);
            }
        }
    }

    private float similarity(Profile p, int i) {
        double s = 0;
        for (int a = 0; a < nAttr; a++) {
            s += attributeWeight * attributeWeight * p.attr()[a] * attr[i * nAttr + a];
        }
        for (int q = tags.rowStart(i); q < tags.rowEnd(i); q++) {
            s += tagWeight * tagWeight * p.tags()[tags.colIndex(q)] * tags.value(q);
        }
        return (float) (s / (p.norm() * norms[i]));
    }

    @Override
    protected List<Reason> reasons(Seed seed, int item) {
        Profile p = profile(seed);
        List<Reason> out = new ArrayList<>();
        if (p.norm() == 0 || norms[item] == 0) {
            return out;
        }
        List<Reason> all = new ArrayList<>();
        for (int q = tags.rowStart(item); q < tags.rowEnd(item); q++) {
            float w = p.tags()[tags.colIndex(q)] * tags.value(q);
            if (w > 0) {
                all.add(new Reason(Reason.Kind.ATTRIBUTE, data().tags().key(tags.colIndex(q)), w));
            }
        }
        for (int a = 0; a < nAttr; a++) {
            float w = p.attr()[a] * attr[item * nAttr + a] / Math.max(1, seed.size());
            if (w > 0) {
                all.add(new Reason(Reason.Kind.ATTRIBUTE, data().attributes().key(a), w));
            }
        }
        all.sort((x, y) -> Double.compare(y.weight(), x.weight()));
        return all.subList(0, Math.min(3, all.size()));
    }
}
