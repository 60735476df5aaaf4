package dev.spotrec.bench.recommender;

import dev.spotrec.recommender.CsrMatrix;

/** Floating-point operation counts of one implicit-ALS epoch, for efficiency against peak. */
public final class AlsFlops {

    private AlsFlops() {}

    /**
     * FLOPs of one epoch: per half-epoch and non-zero, (cg + 1) passes of a dot and an axpy (4k);
     * per epoch, every row and column enters one Gram matrix (2 k^2, counted in full although the
     * kernel skips most of the lower triangle) and is rotated once per half-epoch (2 x 2 k^2).
     */
    public static double perEpoch(CsrMatrix m, int k, int cg) {
        double nnz = m.nnz();
        double n = (double) m.rows() + m.cols();
        double cgFlops = 2 * nnz * (cg + 1) * 4.0 * k;
        double gram = n * 2.0 * k * k;
        double rotations = 2 * n * 2.0 * k * k;
        return cgFlops + gram + rotations;
    }
}
