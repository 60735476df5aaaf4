package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.RecommenderException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Binary files of a model directory: one file per array, a 16-byte header (magic "SPRC", element
 * type, element count) and raw little-endian data. Reading memory-maps the file and bulk-copies
 * into a primitive array (hundreds of MB/s, no per-element parsing). Strings are stored as
 * length-prefixed UTF-8 (-1 for null). Errors name the file and say what to do.
 */
public final class StateIO {

    private static final int MAGIC = 0x43525053; // "SPRC" little-endian
    private static final byte INTS = 1;
    private static final byte FLOATS = 2;
    private static final byte STRINGS = 3;
    private static final byte DOUBLES = 4;

    private StateIO() {}

    /** Writes arrays under a directory. */
    public record Writer(Path dir) {

        /** Returns a writer for sub-directory {@code name}. */
        public Writer sub(String name) {
            return new Writer(dir.resolve(name));
        }

        /** Writes an int array. */
        public void ints(String name, int[] a) {
            ByteBuffer b = header(INTS, a.length, 4L * a.length);
            b.asIntBuffer().put(a);
            write(name, b);
        }

        /** Writes a float array. */
        public void floats(String name, float[] a) {
            ByteBuffer b = header(FLOATS, a.length, 4L * a.length);
            b.asFloatBuffer().put(a);
            write(name, b);
        }

        /** Writes a double array. */
        public void doubles(String name, double[] a) {
            ByteBuffer b = header(DOUBLES, a.length, 8L * a.length);
            b.asDoubleBuffer().put(a);
            write(name, b);
        }

        /** Writes strings (null allowed). */
        public void strings(String name, String[] a) {
            byte[][] bytes = new byte[a.length][];
            long size = 0;
            for (int i = 0; i < a.length; i++) {
                bytes[i] = a[i] == null ? null : a[i].getBytes(StandardCharsets.UTF_8);
                size += 4 + (bytes[i] == null ? 0 : bytes[i].length);
            }
            ByteBuffer b = header(STRINGS, a.length, size);
            for (byte[] s : bytes) {
                b.putInt(s == null ? -1 : s.length);
                if (s != null) {
                    b.put(s);
                }
            }
            write(name, b);
        }

        /**
         * Writes a sparse matrix as name.shape, name.indptr, name.indices and (unless binary)
         * name.values.
         */
        public void matrix(String name, CsrMatrix m) {
            ints(name + ".shape", new int[] {m.rows(), m.cols()});
            ints(name + ".indptr", m.indptr());
            ints(name + ".indices", java.util.Arrays.copyOf(m.indices(), m.nnz()));
            if (!m.isBinary()) {
                floats(name + ".values", java.util.Arrays.copyOf(m.values(), m.nnz()));
            }
        }

        private ByteBuffer header(byte type, int count, long bytes) {
            if (bytes + 16 > Integer.MAX_VALUE) {
                throw new RecommenderException(
                        "model file too large ("
                                + bytes
                                + " bytes) in "
                                + dir
                                + "; split the model or reduce factors");
            }
            ByteBuffer b = ByteBuffer.allocate((int) (16 + bytes)).order(ByteOrder.LITTLE_ENDIAN);
            b.putInt(MAGIC).put(type).put((byte) 0).putShort((short) 0).putLong(count);
            return b;
        }

        private void write(String name, ByteBuffer b) {
            try {
                Files.createDirectories(dir);
                try (FileChannel ch =
                        FileChannel.open(
                                dir.resolve(name),
                                StandardOpenOption.CREATE,
                                StandardOpenOption.TRUNCATE_EXISTING,
                                StandardOpenOption.WRITE)) {
                    ByteBuffer all = b.duplicate().position(0).limit(b.capacity());
                    while (all.hasRemaining()) {
                        ch.write(all);
                    }
                }
            } catch (IOException e) {
                throw new RecommenderException(
                        "cannot write model file "
                                + dir.resolve(name)
                                + ": "
                                + e.getMessage()
                                + "; check that the directory is writable",
                        e);
            }
        }
    }

    /** Reads arrays from a directory. */
    public record Reader(Path dir) {

        /** Returns a reader for sub-directory {@code name}. */
        public Reader sub(String name) {
            return new Reader(dir.resolve(name));
        }

        /** Returns whether file {@code name} exists. */
        public boolean has(String name) {
            return Files.isRegularFile(dir.resolve(name));
        }

        /** Reads an int array. */
        public int[] ints(String name) {
            ByteBuffer b = open(name, INTS);
            int[] a = new int[count(b)];
            b.position(16).slice().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(a);
            return a;
        }

        /** Reads a float array. */
        public float[] floats(String name) {
            ByteBuffer b = open(name, FLOATS);
            float[] a = new float[count(b)];
            b.position(16).slice().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(a);
            return a;
        }

        /** Reads a double array. */
        public double[] doubles(String name) {
            ByteBuffer b = open(name, DOUBLES);
            double[] a = new double[count(b)];
            b.position(16).slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(a);
            return a;
        }

        /** Reads strings. */
        public String[] strings(String name) {
            ByteBuffer b = open(name, STRINGS);
            String[] a = new String[count(b)];
            b.position(16);
            for (int i = 0; i < a.length; i++) {
                int len = b.getInt();
                if (len >= 0) {
                    byte[] s = new byte[len];
                    b.get(s);
                    a[i] = new String(s, StandardCharsets.UTF_8);
                }
            }
            return a;
        }

        /** Reads a sparse matrix written by {@link Writer#matrix}. */
        public CsrMatrix matrix(String name) {
            int[] shape = ints(name + ".shape");
            float[] values = has(name + ".values") ? floats(name + ".values") : null;
            return new CsrMatrix(
                    shape[0], shape[1], ints(name + ".indptr"), ints(name + ".indices"), values);
        }

        private ByteBuffer open(String name, byte type) {
            Path file = dir.resolve(name);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
                b.order(ByteOrder.LITTLE_ENDIAN);
                if (ch.size() < 16 || b.getInt(0) != MAGIC || b.get(4) != type) {
                    throw new RecommenderException(
                            "model file "
                                    + file
                                    + " is not a spotrec array of the expected "
                                    + "type; the model directory is damaged or from another program: train it again");
                }
                return b;
            } catch (IOException e) {
                throw new RecommenderException(
                        "cannot read model file "
                                + file
                                + ": "
                                + e.getMessage()
                                + "; pass the directory written by 'spotrec train'",
                        e);
            }
        }

        private static int count(ByteBuffer b) {
            return (int) b.getLong(8);
        }
    }
}
