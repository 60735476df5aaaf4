package dev.spotrec.recommender.internal;

/**
 * Portable kernels: dot products with four independent accumulators (several FMA chains in flight),
 * axpy loops the JIT auto-vectorises.
 */
final class ScalarKernels extends Kernels {

    @Override
    public float dot(float[] a, int ao, float[] b, int bo, int k) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 3 < k; j += 4) {
            s0 += a[ao + j] * b[bo + j];
            s1 += a[ao + j + 1] * b[bo + j + 1];
            s2 += a[ao + j + 2] * b[bo + j + 2];
            s3 += a[ao + j + 3] * b[bo + j + 3];
        }
        for (; j < k; j++) {
            s0 += a[ao + j] * b[bo + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public void axpy(float s, float[] x, int xo, float[] y, int yo, int k) {
        for (int j = 0; j < k; j++) {
            y[yo + j] += s * x[xo + j];
        }
    }

    @Override
    public void rotate(float[] f, int from, int to, float[] q, int k, float[] t) {
        for (int r = from; r < to; r++) {
            int o = r * k;
            java.util.Arrays.fill(t, 0, k, 0f);
            for (int a = 0; a < k; a++) {
                float v = f[o + a];
                if (v != 0f) {
                    axpy(v, q, a * k, t, 0, k);
                }
            }
            System.arraycopy(t, 0, f, o, k);
        }
    }

    @Override
    public void gram(float[] f, int from, int to, int k, float[] g) {
        for (int r = from; r < to; r++) {
            int o = r * k;
            for (int a = 0; a < k; a++) {
                float fa = f[o + a];
                if (fa != 0f) {
                    axpy(fa, f, o, g, a * k, k);
                }
            }
        }
    }

    @Override
    public String name() {
        return "scalar";
    }
}
