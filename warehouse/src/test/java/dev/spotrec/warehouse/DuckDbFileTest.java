package dev.spotrec.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB file handling: creation, read-only files, missing files. */
class DuckDbFileTest {
    @TempDir Path dir;

    @Test
    void createsTheFileAndItsDirectories() {
        Path file = dir.resolve("a/b/wh.duckdb");
        try (Warehouse wh = Warehouse.open("duckdb:" + file)) {
            assertThat(wh.schemaVersion()).isEqualTo(Warehouse.latestSchemaVersion());
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void aReadOnlyFileIsBadInputThatSaysWhatToDo() throws Exception {
        Path file = dir.resolve("wh.duckdb");
        Warehouse.open("duckdb:" + file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> Warehouse.open("duckdb:" + file))
                .isInstanceOfSatisfying(
                        WarehouseException.class,
                        e -> {
                            assertThat(e.isBadInput()).isTrue();
                            assertThat(e.getMessage())
                                    .contains(file.toString())
                                    .contains("read-only")
                                    .contains("chmod u+w");
                        });
        try (Warehouse ro = Warehouse.openReadOnly("duckdb:" + file)) {
            assertThat(ro.stats().rows("tracks")).isZero();
        }
    }

    @Test
    void openingAMissingFileReadOnlyIsBadInput() {
        Path file = dir.resolve("none.duckdb");
        assertThatThrownBy(() -> Warehouse.openReadOnly("duckdb:" + file))
                .isInstanceOfSatisfying(
                        WarehouseException.class,
                        e -> {
                            assertThat(e.isBadInput()).isTrue();
                            assertThat(e.getMessage()).contains("no warehouse at " + file);
                        });
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatIsNotADuckDbDatabaseFailsNamingIt() throws Exception {
        Path file = dir.resolve("junk.duckdb");
        Files.writeString(file, "this is not a database");
        assertThatThrownBy(() -> Warehouse.open("duckdb:" + file))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void unknownExportNamesAreBadInput() {
        try (Warehouse wh = Warehouse.open("duckdb:" + dir.resolve("wh.duckdb"))) {
            assertThatThrownBy(() -> wh.export(dir.resolve("out"), java.util.List.of("nope")))
                    .isInstanceOfSatisfying(
                            WarehouseException.class,
                            e ->
                                    assertThat(e.getMessage())
                                            .contains("'nope'")
                                            .contains("playlist_track"));
        }
    }
}
