package dev.spotrec.recommender.internal;

/**
 * The dense float kernels of the hot loops (ALS, scoring), in two implementations: explicit SIMD
 * through the JDK Vector API when the JVM runs with {@code --add-modules jdk.incubator.vector}, and
 * portable scalar code otherwise (set {@code -Dspotrec.vector=false} to force it). Only one
 * implementation is ever loaded, so calls through {@link #INSTANCE} are monomorphic and inline.
 */
public abstract class Kernels {

    /** The kernels in use. */
    public static final Kernels INSTANCE = choose();

    /** Returns {@code a[ao..ao+k) . b[bo..bo+k)}. */
    public abstract float dot(float[] a, int ao, float[] b, int bo, int k);

    /** {@code y[yo..yo+k) += s * x[xo..xo+k)}. */
    public abstract void axpy(float s, float[] x, int xo, float[] y, int yo, int k);

    /**
     * Replaces rows {@code [from, to)} of the k-column matrix f by {@code f_row Q} (Q is k x k).
     */
    public abstract void rotate(float[] f, int from, int to, float[] q, int k, float[] scratch);

    /**
     * Adds {@code sum_r f_r f_r^T} over rows {@code [from, to)} to the symmetric k x k matrix g.
     */
    public abstract void gram(float[] f, int from, int to, int k, float[] g);

    /** {@code out[i] = y_i . x} for items {@code [from, to)} of the k-column matrix y. */
    public void scores(float[] y, float[] x, int from, int to, int k, float[] out) {
        for (int i = from; i < to; i++) {
            out[i] = dot(y, i * k, x, 0, k);
        }
    }

    /** Returns a short name of the implementation, for benchmark reports. */
    public abstract String name();

    private static Kernels choose() {
        boolean wanted = !"false".equals(System.getProperty("spotrec.vector"));
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (wanted && present) {
            try {
                return (Kernels)
                        Class.forName("dev.spotrec.recommender.internal.VectorKernels")
                                .getDeclaredConstructor()
                                .newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return new ScalarKernels();
            }
        }
        return new ScalarKernels();
    }
}
