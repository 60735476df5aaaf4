package dev.spotrec.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.datasets.DatasetFormatException;
import dev.spotrec.datasets.MpdWriter;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.WorldSpec;
import dev.spotrec.datasets.Worlds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importers on every engine: exact counts, idempotence, resume by file, corrupt input. */
abstract class ImportContract extends WarehouseFixture {
    static final World WORLD =
            Worlds.generate(
                    (WorldSpec.Synthetic)
                            WorldSpec.parse(
                                    "synthetic:seed=11,users=30,artists=25,tracks=120,playlists=35,length=8"));

    @TempDir Path tmp;

    /** The world's playlists as MPD slices of 10 playlists: 4 files. */
    Path mpd() {
        Path dir = tmp.resolve("mpd");
        try (MpdWriter w = MpdWriter.builder(dir).sliceSize(10).build()) {
            WORLD.writeTo(w);
        }
        return dir;
    }

    long items() {
        return WORLD.playlists().stream().mapToLong(p -> p.items().size()).sum();
    }

    long distinctTracks() {
        Set<String> ids = new HashSet<>();
        WORLD.playlists().forEach(p -> p.items().forEach(i -> ids.add(i.trackId())));
        return ids.size();
    }

    @Test
    void importsMpdSlicesWithExactCounts() {
        ImportSummary s = Importer.builder(wh).build().run(ImportSource.MPD, mpd());
        assertThat(s.filesImported()).isEqualTo(4);
        WarehouseStats st = wh.stats();
        assertThat(st.rows("playlists")).isEqualTo(WORLD.playlists().size());
        assertThat(st.rows("playlist_items")).isEqualTo(items());
        assertThat(st.rows("tracks")).isEqualTo(distinctTracks());
        assertThat(st.rows("users")).isEqualTo(1);
        assertThat(st.rows("imported_files")).isEqualTo(4);
    }

    @Test
    void reimportingSkipsEveryFileAndChangesNothing() {
        Path dir = mpd();
        Importer.builder(wh).build().run(ImportSource.MPD, dir);
        WarehouseStats before = wh.stats();
        ImportSummary again = Importer.builder(wh).build().run(ImportSource.MPD, dir);
        assertThat(again.filesSkipped()).isEqualTo(4);
        assertThat(again.filesImported()).isZero();
        assertThat(wh.stats()).isEqualTo(before);
    }

    @Test
    void resumesByFileAfterACrash() {
        Path dir = mpd();
        AtomicInteger commits = new AtomicInteger();
        ImportListener crashAfterTwo =
                new ImportListener() {
                    @Override
                    public void committed(long rows) {
                        if (commits.incrementAndGet() == 2) {
                            throw new IllegalStateException("simulated crash");
                        }
                    }
                };
        assertThatThrownBy(
                        () ->
                                Importer.builder(wh)
                                        .rowsPerBatch(1)
                                        .listener(crashAfterTwo)
                                        .build()
                                        .run(ImportSource.MPD, dir))
                .hasMessage("simulated crash");
        assertThat(wh.stats().rows("playlists")).isEqualTo(20);

        ImportSummary resumed = Importer.builder(wh).build().run(ImportSource.MPD, dir);
        assertThat(resumed.filesSkipped()).isEqualTo(2);
        assertThat(resumed.filesImported()).isEqualTo(2);
        assertThat(wh.stats().rows("playlists")).isEqualTo(WORLD.playlists().size());
        assertThat(wh.stats().rows("playlist_items")).isEqualTo(items());
    }

    @Test
    void aCorruptFileStopsTheImportAndLeavesNoPartialBatch() throws Exception {
        Path dir = mpd();
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        Path third = dir.resolve("mpd.slice.20-29.json");
        String text = Files.readString(third);
        Files.writeString(third, text.substring(0, text.length() / 2));
        assertThat(files).contains(third);

        assertThatThrownBy(() -> Importer.builder(wh).build().run(ImportSource.MPD, dir))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining(third.toString());
        assertThat(wh.stats().rows("playlists")).isZero();
        assertThat(wh.stats().rows("playlist_items")).isZero();

        assertThatThrownBy(
                        () ->
                                Importer.builder(wh)
                                        .rowsPerBatch(1)
                                        .build()
                                        .run(ImportSource.MPD, dir))
                .isInstanceOf(DatasetFormatException.class);
        assertThat(wh.stats().rows("playlists")).isEqualTo(20);
        assertThat(wh.stats().rows("imported_files")).isEqualTo(2);
    }

    static long itemsOf(List<Playlist> playlists) {
        return playlists.stream().mapToLong(p -> p.items().size()).sum();
    }
}
