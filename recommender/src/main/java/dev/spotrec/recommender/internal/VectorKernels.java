package dev.spotrec.recommender.internal;

import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD kernels on the JDK Vector API (loaded only when {@code jdk.incubator.vector} is present).
 *
 * <p>Design: with the preferred species (16 floats on AVX-512) a k=64 factor row is four registers.
 * The k x k products (rotation f Q and the Gram sum f^T f) keep a block of the output in registers
 * (up to 4 output rows x 4 vectors = 16 accumulators) and stream the input, so every load feeds
 * several FMAs; short scalar loops of C2 auto-vectorisation never reach that because a 64-float
 * loop is mostly pre- and post-loop. Widths that are not a multiple of the species length fall back
 * to scalar code.
 */
final class VectorKernels extends Kernels {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** Rotations by L/2, L/4, ..., 1 lanes, for {@link #sum}. */
    private static final List<VectorShuffle<Float>> HALVES = halves();

    private final ScalarKernels scalar = new ScalarKernels();

    @Override
    public float dot(float[] a, int ao, float[] b, int bo, int k) {
        if (k % L != 0) {
            return scalar.dot(a, ao, b, bo, k);
        }
        FloatVector acc0 = FloatVector.zero(S);
        FloatVector acc1 = FloatVector.zero(S);
        int j = 0;
        for (; j + 2 * L <= k; j += 2 * L) {
            acc0 =
                    FloatVector.fromArray(S, a, ao + j)
                            .fma(FloatVector.fromArray(S, b, bo + j), acc0);
            acc1 =
                    FloatVector.fromArray(S, a, ao + j + L)
                            .fma(FloatVector.fromArray(S, b, bo + j + L), acc1);
        }
        if (j < k) {
            acc0 =
                    FloatVector.fromArray(S, a, ao + j)
                            .fma(FloatVector.fromArray(S, b, bo + j), acc0);
        }
        return sum(acc0.add(acc1));
    }

    private static List<VectorShuffle<Float>> halves() {
        List<VectorShuffle<Float>> out = new ArrayList<>();
        for (int shift = L / 2; shift >= 1; shift /= 2) {
            out.add(VectorShuffle.iota(S, shift, 1, true));
        }
        return List.copyOf(out);
    }

    /**
     * The sum of v's lanes in a fixed pairwise order: add the vector rotated by half its length,
     * then by a quarter, and so on; lane 0 ends with the total. {@code reduceLanes(ADD)} leaves the
     * order of float additions unspecified, and HotSpot's compiled code and its interpreter really
     * do add in different orders, so a model's low bits depended on when the JIT compiled this
     * method (ALS factors, and the rankers trained on them, varied from run to run). Lanewise adds
     * are exact IEEE operations, so this is the same in every tier.
     */
    private static float sum(FloatVector v) {
        for (int i = 0; i < HALVES.size(); i++) {
            v = v.add(v.rearrange(HALVES.get(i)));
        }
        return v.lane(0);
    }

    @Override
    public void axpy(float s, float[] x, int xo, float[] y, int yo, int k) {
        if (k % L != 0) {
            scalar.axpy(s, x, xo, y, yo, k);
            return;
        }
        FloatVector sv = FloatVector.broadcast(S, s);
        for (int j = 0; j < k; j += L) {
            FloatVector.fromArray(S, x, xo + j)
                    .fma(sv, FloatVector.fromArray(S, y, yo + j))
                    .intoArray(y, yo + j);
        }
    }

    @Override
    public void rotate(float[] f, int from, int to, float[] q, int k, float[] t) {
        if (k % L != 0) {
            scalar.rotate(f, from, to, q, k, t);
            return;
        }
        int r = from;
        if (k % (4 * L) == 0 && t.length >= 2 * k) {
            // Two rows at a time: every load of Q feeds two FMAs.
            for (; r + 1 < to; r += 2) {
                int o = r * k;
                for (int jb = 0; jb < k; jb += 4 * L) {
                    rotate4x2(f, o, o + k, q, k, jb, t);
                }
                System.arraycopy(t, 0, f, o, 2 * k);
            }
        }
        for (; r < to; r++) {
            int o = r * k;
            int jb = 0;
            for (; jb + 4 * L <= k; jb += 4 * L) {
                rotate4(f, o, q, k, jb, t);
            }
            for (; jb < k; jb += L) {
                rotate1(f, o, q, k, jb, t);
            }
            System.arraycopy(t, 0, f, o, k);
        }
    }

    /**
     * Rows at o0 and o1: {@code t[jb..jb+4L) = f_o0 Q[:, jb..]}, {@code t[k+jb..) = f_o1 Q[:,
     * jb..]}.
     */
    private static void rotate4x2(float[] f, int o0, int o1, float[] q, int k, int jb, float[] t) {
        FloatVector a0 = FloatVector.zero(S);
        FloatVector a1 = FloatVector.zero(S);
        FloatVector a2 = FloatVector.zero(S);
        FloatVector a3 = FloatVector.zero(S);
        FloatVector b0 = FloatVector.zero(S);
        FloatVector b1 = FloatVector.zero(S);
        FloatVector b2 = FloatVector.zero(S);
        FloatVector b3 = FloatVector.zero(S);
        for (int a = 0; a < k; a++) {
            FloatVector u = FloatVector.broadcast(S, f[o0 + a]);
            FloatVector v = FloatVector.broadcast(S, f[o1 + a]);
            int qo = a * k + jb;
            FloatVector q0 = FloatVector.fromArray(S, q, qo);
            FloatVector q1 = FloatVector.fromArray(S, q, qo + L);
            FloatVector q2 = FloatVector.fromArray(S, q, qo + 2 * L);
            FloatVector q3 = FloatVector.fromArray(S, q, qo + 3 * L);
            a0 = q0.fma(u, a0);
            a1 = q1.fma(u, a1);
            a2 = q2.fma(u, a2);
            a3 = q3.fma(u, a3);
            b0 = q0.fma(v, b0);
            b1 = q1.fma(v, b1);
            b2 = q2.fma(v, b2);
            b3 = q3.fma(v, b3);
        }
        a0.intoArray(t, jb);
        a1.intoArray(t, jb + L);
        a2.intoArray(t, jb + 2 * L);
        a3.intoArray(t, jb + 3 * L);
        b0.intoArray(t, k + jb);
        b1.intoArray(t, k + jb + L);
        b2.intoArray(t, k + jb + 2 * L);
        b3.intoArray(t, k + jb + 3 * L);
    }

    /** {@code t[jb..jb+4L) = f_row Q[:, jb..jb+4L)}: four accumulators, one broadcast per input. */
    private static void rotate4(float[] f, int o, float[] q, int k, int jb, float[] t) {
        FloatVector a0 = FloatVector.zero(S);
        FloatVector a1 = FloatVector.zero(S);
        FloatVector a2 = FloatVector.zero(S);
        FloatVector a3 = FloatVector.zero(S);
        for (int a = 0; a < k; a++) {
            FloatVector v = FloatVector.broadcast(S, f[o + a]);
            int qo = a * k + jb;
            a0 = FloatVector.fromArray(S, q, qo).fma(v, a0);
            a1 = FloatVector.fromArray(S, q, qo + L).fma(v, a1);
            a2 = FloatVector.fromArray(S, q, qo + 2 * L).fma(v, a2);
            a3 = FloatVector.fromArray(S, q, qo + 3 * L).fma(v, a3);
        }
        a0.intoArray(t, jb);
        a1.intoArray(t, jb + L);
        a2.intoArray(t, jb + 2 * L);
        a3.intoArray(t, jb + 3 * L);
    }

    private static void rotate1(float[] f, int o, float[] q, int k, int jb, float[] t) {
        FloatVector a0 = FloatVector.zero(S);
        for (int a = 0; a < k; a++) {
            a0 =
                    FloatVector.fromArray(S, q, a * k + jb)
                            .fma(FloatVector.broadcast(S, f[o + a]), a0);
        }
        a0.intoArray(t, jb);
    }

    @Override
    public void gram(float[] f, int from, int to, int k, float[] g) {
        if (k % L != 0 || k % 4 != 0) {
            scalar.gram(f, from, to, k, g);
            return;
        }
        // Only blocks on or above the diagonal; the lower triangle is mirrored afterwards.
        for (int a = 0; a < k; a += 4) {
            int jb = (a / L) * L;
            for (; jb + 2 * L <= k; jb += 2 * L) {
                gramBlock2(f, from, to, k, g, a, jb);
            }
            for (; jb < k; jb += L) {
                gramBlock(f, from, to, k, g, a, jb);
            }
        }
        // Entry (i, j) was computed iff j >= floor(i / L) L; mirror the rest from (j, i).
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < (i / L) * L; j++) {
                g[i * k + j] = g[j * k + i];
            }
        }
    }

    /** Adds rows {@code [from, to)} to the 4 x 2L block of g at rows a..a+3, columns jb..jb+2L. */
    private static void gramBlock2(float[] f, int from, int to, int k, float[] g, int a, int jb) {
        FloatVector c0 = FloatVector.fromArray(S, g, a * k + jb);
        FloatVector c1 = FloatVector.fromArray(S, g, (a + 1) * k + jb);
        FloatVector c2 = FloatVector.fromArray(S, g, (a + 2) * k + jb);
        FloatVector c3 = FloatVector.fromArray(S, g, (a + 3) * k + jb);
        FloatVector d0 = FloatVector.fromArray(S, g, a * k + jb + L);
        FloatVector d1 = FloatVector.fromArray(S, g, (a + 1) * k + jb + L);
        FloatVector d2 = FloatVector.fromArray(S, g, (a + 2) * k + jb + L);
        FloatVector d3 = FloatVector.fromArray(S, g, (a + 3) * k + jb + L);
        for (int r = from; r < to; r++) {
            int o = r * k;
            FloatVector y = FloatVector.fromArray(S, f, o + jb);
            FloatVector z = FloatVector.fromArray(S, f, o + jb + L);
            FloatVector e0 = FloatVector.broadcast(S, f[o + a]);
            FloatVector e1 = FloatVector.broadcast(S, f[o + a + 1]);
            FloatVector e2 = FloatVector.broadcast(S, f[o + a + 2]);
            FloatVector e3 = FloatVector.broadcast(S, f[o + a + 3]);
            c0 = y.fma(e0, c0);
            c1 = y.fma(e1, c1);
            c2 = y.fma(e2, c2);
            c3 = y.fma(e3, c3);
            d0 = z.fma(e0, d0);
            d1 = z.fma(e1, d1);
            d2 = z.fma(e2, d2);
            d3 = z.fma(e3, d3);
        }
        c0.intoArray(g, a * k + jb);
        c1.intoArray(g, (a + 1) * k + jb);
        c2.intoArray(g, (a + 2) * k + jb);
        c3.intoArray(g, (a + 3) * k + jb);
        d0.intoArray(g, a * k + jb + L);
        d1.intoArray(g, (a + 1) * k + jb + L);
        d2.intoArray(g, (a + 2) * k + jb + L);
        d3.intoArray(g, (a + 3) * k + jb + L);
    }

    /** Adds rows {@code [from, to)} to the 4 x L block of g at rows a..a+3, columns jb..jb+L. */
    private static void gramBlock(float[] f, int from, int to, int k, float[] g, int a, int jb) {
        FloatVector c0 = FloatVector.fromArray(S, g, a * k + jb);
        FloatVector c1 = FloatVector.fromArray(S, g, (a + 1) * k + jb);
        FloatVector c2 = FloatVector.fromArray(S, g, (a + 2) * k + jb);
        FloatVector c3 = FloatVector.fromArray(S, g, (a + 3) * k + jb);
        for (int r = from; r < to; r++) {
            int o = r * k;
            FloatVector y = FloatVector.fromArray(S, f, o + jb);
            c0 = y.fma(FloatVector.broadcast(S, f[o + a]), c0);
            c1 = y.fma(FloatVector.broadcast(S, f[o + a + 1]), c1);
            c2 = y.fma(FloatVector.broadcast(S, f[o + a + 2]), c2);
            c3 = y.fma(FloatVector.broadcast(S, f[o + a + 3]), c3);
        }
        c0.intoArray(g, a * k + jb);
        c1.intoArray(g, (a + 1) * k + jb);
        c2.intoArray(g, (a + 2) * k + jb);
        c3.intoArray(g, (a + 3) * k + jb);
    }

    @Override
    public String name() {
        return "vector-" + S.vectorBitSize();
    }
}
