package dev.spotrec.datasets;

import dev.spotrec.datasets.internal.MpdSliceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams playlists from Million Playlist Dataset JSON files, one playlist at a time (Jackson's
 * streaming parser), so the 33 GB MPD reads in constant memory.
 *
 * <pre>{@code
 * try (Stream<MpdPlaylist> playlists = MpdReader.stream(Path.of("mpd/data"))) {
 *   playlists.forEach(warehouse::add);
 * }
 * }</pre>
 *
 * Errors are {@link DatasetFormatException}s with the file, line and byte offset.
 */
public final class MpdReader {
    private static final Pattern SLICE = Pattern.compile("mpd\\.slice\\.(\\d+)-(\\d+)\\.json");

    private MpdReader() {}

    /**
     * The slice files of {@code path}: the file itself, or a directory's {@code mpd.slice.A-B.json}
     * files ordered by A (other {@code *.json} files, such as a challenge set, after them by name).
     *
     * @throws DatasetFormatException when the path is missing or holds no JSON file
     */
    public static List<Path> sliceFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw DatasetFormatException.inFile(path, "no such MPD file or directory", null);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(path)) {
            list.filter(f -> f.getFileName().toString().endsWith(".json")).forEach(files::add);
        } catch (IOException e) {
            throw DatasetFormatException.inFile(
                    path, "cannot list MPD directory: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw DatasetFormatException.inFile(
                    path, "no mpd.slice.*.json files in the directory", null);
        }
        files.sort(
                Comparator.comparingLong(MpdReader::sliceStart)
                        .thenComparing(f -> f.getFileName().toString()));
        return List.copyOf(files);
    }

    /** Reads every playlist of {@code path} in order; returns how many were read. */
    public static long forEach(Path path, Consumer<? super MpdPlaylist> action) {
        long n = 0;
        for (Path file : sliceFiles(path)) {
            try (MpdSliceParser parser = new MpdSliceParser(file)) {
                for (MpdPlaylist p = parser.next(); p != null; p = parser.next()) {
                    action.accept(p);
                    n++;
                }
            }
        }
        return n;
    }

    /** A lazy stream of every playlist of {@code path}; close it to release the open file. */
    public static Stream<MpdPlaylist> stream(Path path) {
        PlaylistIterator it = new PlaylistIterator(sliceFiles(path));
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(
                                it, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(it::close);
    }

    private static long sliceStart(Path f) {
        Matcher m = SLICE.matcher(f.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    private static final class PlaylistIterator implements Iterator<MpdPlaylist> {
        private final List<Path> files;
        private int nextFile;
        private MpdSliceParser parser;
        private MpdPlaylist next;

        PlaylistIterator(List<Path> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (parser == null) {
                    if (nextFile == files.size()) {
                        return false;
                    }
                    parser = new MpdSliceParser(files.get(nextFile++));
                }
                next = parser.next();
                if (next == null) {
                    close();
                }
            }
            return true;
        }

        @Override
        public MpdPlaylist next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more MPD playlists");
            }
            MpdPlaylist p = next;
            next = null;
            return p;
        }

        void close() {
            if (parser != null) {
                parser.close();
                parser = null;
            }
        }
    }
}
