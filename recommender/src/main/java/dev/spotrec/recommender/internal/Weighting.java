package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;

/**
 * Entry weightings of a row x item matrix before similarity or factorisation.
 *
 * <ul>
 *   <li>{@code binary}: every entry 1 (membership).
 *   <li>{@code log}: {@code log(1 + w)}, damping play counts.
 *   <li>{@code bm25}: Okapi BM25 with rows as documents and items as terms: popular items say
 *       little (idf) and long rows are length-normalised: {@code idf(i) (k1 + 1) w / (k1 ((1 - b) +
 *       b |r| / avg |r|) + w)} with w = 1, k1 = 100, b = 0.8 (the defaults of Frederickson's
 *       implicit).
 * </ul>
 *
 * O(nnz).
 */
public final class Weighting {

    private static final double K1 = 100;
    private static final double B = 0.8;

    private Weighting() {}

    /** Returns {@code m} re-weighted by {@code scheme} (binary, log, bm25, or raw). */
    public static CsrMatrix apply(CsrMatrix m, String scheme) {
        return switch (scheme) {
            case "binary" -> m.binarized();
            case "raw" -> m;
            case "log" -> map(m, (r, i, w) -> (float) Math.log1p(w));
            case "bm25" -> bm25(m);
            default -> throw new IllegalArgumentException("unknown weighting " + scheme);
        };
    }

    private interface EntryFn {
        float apply(int row, int item, float value);
    }

    private static CsrMatrix map(CsrMatrix m, EntryFn fn) {
        float[] v = new float[m.nnz()];
        for (int r = 0; r < m.rows(); r++) {
            for (int k = m.rowStart(r); k < m.rowEnd(r); k++) {
                v[k] = fn.apply(r, m.colIndex(k), m.value(k));
            }
        }
        return new CsrMatrix(m.rows(), m.cols(), m.indptr(), m.indices(), v);
    }

    private static CsrMatrix bm25(CsrMatrix m) {
        int rows = m.rows();
        double[] itemCount = new double[m.cols()];
        for (int k = 0; k < m.nnz(); k++) {
            itemCount[m.colIndex(k)] += 1;
        }
        double avg = Math.max(1e-9, (double) m.nnz() / Math.max(1, rows));
        double logN = Math.log(Math.max(1, rows));
        return map(
                m,
                (r, i, w) -> {
                    double idf = Math.max(0, logN - Math.log1p(itemCount[i]));
                    double norm = (1 - B) + B * m.rowLength(r) / avg;
                    return (float) (idf * (K1 + 1) / (K1 * norm + 1));
                });
    }
}
