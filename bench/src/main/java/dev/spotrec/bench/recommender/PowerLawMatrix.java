package dev.spotrec.bench.recommender;

import dev.spotrec.recommender.CsrMatrix;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded, Million-Playlist-shaped binary matrix generated in memory: row lengths are log-normal
 * around the requested mean (playlists of a few to a few hundred tracks) and columns are drawn from
 * a Zipf(s) popularity law by inverse-CDF lookup, duplicates within a row removed. Row draws are
 * scaled by the share of draws kept so far, so the result has close to the requested non-zeros
 * (within about 1%). O(nnz log cols).
 */
public final class PowerLawMatrix {

    private PowerLawMatrix() {}

    /**
     * Generates a rows x cols matrix with about {@code nnz} entries and Zipf exponent {@code s}.
     */
    public static CsrMatrix generate(int rows, int cols, long nnz, double s, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cdf = new double[cols];
        double sum = 0;
        for (int c = 0; c < cols; c++) {
            sum += 1 / Math.pow(c + 1, s);
            cdf[c] = sum;
        }
        for (int c = 0; c < cols; c++) {
            cdf[c] /= sum;
        }
        double sigma = 0.8;
        long drawn = 0;
        int[] ptr = new int[rows + 1];
        int[] idx = new int[(int) Math.min(Integer.MAX_VALUE - 16, nnz + nnz / 4)];
        int at = 0;
        int[] row = new int[4096];
        for (int r = 0; r < rows; r++) {
            double kept = drawn == 0 ? 1 : (double) at / drawn;
            double mean = Math.max(1, (double) (nnz - at) / (rows - r) / kept);
            double mu = Math.log(mean) - sigma * sigma / 2;
            int len =
                    (int)
                            Math.min(
                                    row.length,
                                    Math.max(
                                            1,
                                            Math.round(Math.exp(mu + sigma * gaussian(random)))));
            drawn += len;
            if (at + len > idx.length) {
                idx =
                        Arrays.copyOf(
                                idx,
                                (int)
                                        Math.min(
                                                Integer.MAX_VALUE - 16,
                                                idx.length + (long) idx.length / 4));
            }
            for (int i = 0; i < len; i++) {
                int c = Arrays.binarySearch(cdf, random.nextDouble());
                row[i] = Math.min(cols - 1, c >= 0 ? c : -c - 1);
            }
            Arrays.sort(row, 0, len);
            int n = 0;
            for (int i = 0; i < len; i++) {
                if (n == 0 || row[i] != idx[at + n - 1]) {
                    idx[at + n++] = row[i];
                }
            }
            at += n;
            ptr[r + 1] = at;
        }
        return new CsrMatrix(rows, cols, ptr, Arrays.copyOf(idx, at), null);
    }

    private static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-300, random.nextDouble());
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
