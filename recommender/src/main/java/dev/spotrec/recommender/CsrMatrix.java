package dev.spotrec.recommender;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable sparse matrix in compressed-sparse-row form: for row {@code r} the entries are
 * {@code indices[k], values[k]} for {@code k} in {@code [rowStart(r), rowEnd(r))}, with column
 * indices strictly increasing. A matrix whose values are all 1 stores no value array.
 *
 * <p>Design: three primitive arrays, the layout used by every fast recommender (Spark ALS,
 * implicit, RankSys). {@link #transpose()} is a counting sort by column, O(nnz + rows + cols),
 * computed once and cached, so column access ("which rows hold item i") is as cheap as row access.
 */
public final class CsrMatrix {

    private final int rows;
    private final int cols;
    private final int[] indptr;
    private final int[] indices;
    private final float[] values;
    private volatile CsrMatrix transposed;

    /**
     * Wraps CSR arrays without copying. {@code values} may be null (every value is 1).
     *
     * @throws RecommenderException when the arrays are inconsistent
     */
    public CsrMatrix(int rows, int cols, int[] indptr, int[] indices, float[] values) {
        if (rows < 0 || cols < 0) {
            throw new RecommenderException(
                    "CsrMatrix: rows and cols must be >= 0, got " + rows + "x" + cols);
        }
        Objects.requireNonNull(indptr, "indptr");
        Objects.requireNonNull(indices, "indices");
        if (indptr.length != rows + 1 || indptr[0] != 0 || indptr[rows] > indices.length) {
            throw new RecommenderException(
                    "CsrMatrix: indptr must have rows+1="
                            + (rows + 1)
                            + " entries from 0 to at most indices.length="
                            + indices.length);
        }
        if (values != null && values.length < indptr[rows]) {
            throw new RecommenderException(
                    "CsrMatrix: values holds "
                            + values.length
                            + " entries but nnz is "
                            + indptr[rows]);
        }
        this.rows = rows;
        this.cols = cols;
        this.indptr = indptr;
        this.indices = indices;
        this.values = values;
    }

    /** Returns an empty matrix of the given shape. */
    public static CsrMatrix empty(int rows, int cols) {
        return new CsrMatrix(rows, cols, new int[rows + 1], new int[0], null);
    }

    /**
     * Returns a builder that accepts (row, col, value) triplets in any order; duplicates are
     * summed.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the number of rows. */
    public int rows() {
        return rows;
    }

    /** Returns the number of columns. */
    public int cols() {
        return cols;
    }

    /** Returns the number of stored entries. */
    public int nnz() {
        return indptr[rows];
    }

    /** Returns the offset of the first entry of row {@code r}. */
    public int rowStart(int r) {
        return indptr[r];
    }

    /** Returns the offset one past the last entry of row {@code r}. */
    public int rowEnd(int r) {
        return indptr[r + 1];
    }

    /** Returns the number of entries in row {@code r}. */
    public int rowLength(int r) {
        return indptr[r + 1] - indptr[r];
    }

    /** Returns the column index of entry {@code k}. */
    public int colIndex(int k) {
        return indices[k];
    }

    /** Returns the value of entry {@code k}. */
    public float value(int k) {
        return values == null ? 1f : values[k];
    }

    /** Returns whether every value is 1 (no value array is stored). */
    public boolean isBinary() {
        return values == null;
    }

    /** Returns the column indices of row {@code r} as a new array. */
    public int[] row(int r) {
        return Arrays.copyOfRange(indices, indptr[r], indptr[r + 1]);
    }

    /** Returns whether entry (r, c) is stored; O(log rowLength) by binary search. */
    public boolean contains(int r, int c) {
        return Arrays.binarySearch(indices, indptr[r], indptr[r + 1], c) >= 0;
    }

    /** Returns the value at (r, c), or 0 when absent. */
    public float get(int r, int c) {
        int k = Arrays.binarySearch(indices, indptr[r], indptr[r + 1], c);
        return k < 0 ? 0f : value(k);
    }

    /** The row-pointer array (length rows+1). Shared, not copied: do not modify. */
    public int[] indptr() {
        return indptr;
    }

    /** The column-index array. Shared, not copied: do not modify. */
    public int[] indices() {
        return indices;
    }

    /** The value array, or null when binary. Shared, not copied: do not modify. */
    public float[] values() {
        return values;
    }

    /** Returns the transposed matrix (cols x rows), computed once and cached. */
    public CsrMatrix transpose() {
        CsrMatrix t = transposed;
        if (t == null) {
            t = computeTranspose();
            t.transposed = this;
            transposed = t;
        }
        return t;
    }

    /** Returns a copy with every value set to 1. */
    public CsrMatrix binarized() {
        return values == null ? this : new CsrMatrix(rows, cols, indptr, indices, null);
    }

    private CsrMatrix computeTranspose() {
        int nnz = nnz();
        int[] tPtr = new int[cols + 1];
        for (int k = 0; k < nnz; k++) {
            tPtr[indices[k] + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            tPtr[c + 1] += tPtr[c];
        }
        int[] next = Arrays.copyOf(tPtr, cols);
        int[] tIdx = new int[nnz];
        float[] tVal = values == null ? null : new float[nnz];
        for (int r = 0; r < rows; r++) {
            for (int k = indptr[r]; k < indptr[r + 1]; k++) {
                int dst = next[indices[k]]++;
                tIdx[dst] = r;
                if (tVal != null) {
                    tVal[dst] = values[k];
                }
            }
        }
        return new CsrMatrix(cols, rows, tPtr, tIdx, tVal);
    }

    @Override
    public String toString() {
        return "CsrMatrix["
                + rows
                + "x"
                + cols
                + ", nnz="
                + nnz()
                + (values == null ? ", binary]" : "]");
    }

    /**
     * Collects triplets in growable primitive arrays (12 bytes each), so a streaming reader can
     * fill it without per-entry objects. {@link #build} sorts with two counting sorts and sums
     * duplicates: O(nnz + rows + cols).
     */
    public static final class Builder {
        private int[] r = new int[64];
        private int[] c = new int[64];
        private float[] v = new float[64];
        private int n;
        private boolean allOnes = true;

        private Builder() {}

        /** Adds {@code value} at (row, col); rows and columns are non-negative. */
        public Builder add(int row, int col, float value) {
            if (row < 0 || col < 0) {
                throw new RecommenderException(
                        "CsrMatrix.Builder.add: row and col must be >= 0, got ("
                                + row
                                + ", "
                                + col
                                + ")");
            }
            if (!Float.isFinite(value)) {
                throw new RecommenderException(
                        "CsrMatrix.Builder.add: value must be finite, got "
                                + value
                                + " at ("
                                + row
                                + ", "
                                + col
                                + ")");
            }
            if (n == r.length) {
                int cap = n + (n >> 1) + 16;
                r = Arrays.copyOf(r, cap);
                c = Arrays.copyOf(c, cap);
                v = Arrays.copyOf(v, cap);
            }
            r[n] = row;
            c[n] = col;
            v[n] = value;
            allOnes &= value == 1f;
            n++;
            return this;
        }

        /** Returns the number of triplets added (before duplicates are merged). */
        public int size() {
            return n;
        }

        /**
         * Builds a rows x cols matrix; duplicate (row, col) triplets are summed.
         *
         * @throws RecommenderException when a triplet lies outside the shape
         */
        public CsrMatrix build(int rows, int cols) {
            return build(rows, cols, false);
        }

        /**
         * Builds a rows x cols matrix; duplicate (row, col) triplets are summed, or with {@code
         * keepMinimum} the smallest value is kept (for positions: first occurrence).
         *
         * @throws RecommenderException when a triplet lies outside the shape
         */
        public CsrMatrix build(int rows, int cols, boolean keepMinimum) {
            int[] colPtr = new int[cols + 1];
            for (int k = 0; k < n; k++) {
                if (r[k] >= rows || c[k] >= cols) {
                    throw new RecommenderException(
                            "CsrMatrix.Builder.build: entry ("
                                    + r[k]
                                    + ", "
                                    + c[k]
                                    + ") lies outside the shape "
                                    + rows
                                    + "x"
                                    + cols);
                }
                colPtr[c[k] + 1]++;
            }
            for (int j = 0; j < cols; j++) {
                colPtr[j + 1] += colPtr[j];
            }
            // Pass 1: bucket by column, so that pass 2 (bucket by row) leaves each row sorted.
            int[] byCol = new int[n];
            int[] next = Arrays.copyOf(colPtr, cols);
            for (int k = 0; k < n; k++) {
                byCol[next[c[k]]++] = k;
            }
            int[] rowPtr = new int[rows + 1];
            for (int k = 0; k < n; k++) {
                rowPtr[r[k] + 1]++;
            }
            for (int i = 0; i < rows; i++) {
                rowPtr[i + 1] += rowPtr[i];
            }
            int[] order = new int[n];
            next = Arrays.copyOf(rowPtr, rows);
            for (int k : byCol) {
                order[next[r[k]]++] = k;
            }
            return merge(rows, cols, rowPtr, order, keepMinimum);
        }

        private CsrMatrix merge(
                int rows, int cols, int[] rowPtr, int[] order, boolean keepMinimum) {
            int[] ptr = new int[rows + 1];
            int[] idx = new int[n];
            float[] val = new float[n];
            int out = 0;
            boolean binary = allOnes;
            for (int i = 0; i < rows; i++) {
                int last = -1;
                for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                    int k = order[p];
                    if (c[k] == last) {
                        if (keepMinimum) {
                            val[out - 1] = Math.min(val[out - 1], v[k]);
                        } else {
                            val[out - 1] += v[k];
                            binary = false;
                        }
                    } else {
                        idx[out] = c[k];
                        val[out] = v[k];
                        last = c[k];
                        out++;
                    }
                }
                ptr[i + 1] = out;
            }
            return new CsrMatrix(
                    rows,
                    cols,
                    ptr,
                    Arrays.copyOf(idx, out),
                    binary ? null : Arrays.copyOf(val, out));
        }
    }
}
