package dev.spotrec.warehouse;

import dev.spotrec.datasets.DatasetFormatException;
import dev.spotrec.datasets.HetRecLastFm;
import dev.spotrec.datasets.SpotifyPlaylistCsv;
import dev.spotrec.datasets.WorldSpec;
import dev.spotrec.datasets.Worlds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * HetRec and Spotify-CSV import: the dataset's world (as {@code Worlds.stream} gives it) in one
 * transaction, with every file of the dataset recorded in it. These worlds aggregate over their
 * files (an artist's genres, a playlist spanning two CSV files), so their files form one unit:
 * skipped when every file is recorded with its size, imported whole otherwise. HetRec adds its
 * listening counts to {@code user_artist_plays}.
 */
final class WorldImport {
    static final List<String> HETREC_FILES =
            List.of(
                    "artists.dat",
                    "tags.dat",
                    "user_artists.dat",
                    "user_friends.dat",
                    "user_taggedartists.dat");

    private final Warehouse wh;
    private final ImportListener listener;
    private final ImportSource source;

    WorldImport(Warehouse wh, ImportListener listener, ImportSource source) {
        this.wh = wh;
        this.listener = listener;
        this.source = source;
    }

    ImportSummary run(Path path) {
        List<Path> files = files(path);
        long bytes = files.stream().mapToLong(Importer::size).sum();
        listener.planned(source, files, bytes);
        boolean done =
                files.stream()
                        .allMatch(
                                f ->
                                        wh.importedFileSize(source.cliName(), Importer.key(f))
                                                == Importer.size(f));
        if (done) {
            files.forEach(f -> listener.fileSkipped(f, Importer.size(f), "already imported"));
            return new ImportSummary(source, 0, files.size(), 0, 0);
        }
        long rows;
        try (Batch batch = wh.newBatch()) {
            String spec = (source == ImportSource.HETREC ? "hetrec:" : "spotify-csv:") + path;
            Worlds.stream(WorldSpec.parse(spec), batch);
            if (source == ImportSource.HETREC) {
                HetRecLastFm.forEachInteraction(
                        path,
                        i ->
                                batch.artistPlays(
                                        HetRecLastFm.userId(i.userId()),
                                        HetRecLastFm.artistId(i.artistId()),
                                        i.weight()));
            }
            rows = batch.stagedRows();
            for (Path f : files) {
                batch.importedFile(source.cliName(), Importer.key(f), Importer.size(f), rows);
                listener.fileStaged(f, Importer.size(f), rows);
            }
            batch.commit();
        }
        listener.committed(rows);
        return new ImportSummary(source, files.size(), 0, rows, 1);
    }

    private List<Path> files(Path path) {
        if (source == ImportSource.SPOTIFY_CSV) {
            return SpotifyPlaylistCsv.files(path);
        }
        if (!Files.isDirectory(path)) {
            throw DatasetFormatException.inFile(path, "not a HetRec Last.fm directory", null);
        }
        List<Path> out = new ArrayList<>();
        for (String name : HETREC_FILES) {
            Path f = path.resolve(name);
            if (Files.isRegularFile(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
