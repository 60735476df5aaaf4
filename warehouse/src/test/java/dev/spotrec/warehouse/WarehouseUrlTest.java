package dev.spotrec.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarehouseUrlTest {
    @Test
    void parsesADuckDbPathToAnAbsoluteFile() {
        WarehouseUrl u = WarehouseUrl.parse("duckdb:./data/wh.duckdb");
        assertThat(u.engine()).isEqualTo(WarehouseUrl.Engine.DUCKDB);
        assertThat(u.path()).isEqualTo(Path.of("data/wh.duckdb").toAbsolutePath().normalize());
        assertThat(u.jdbcUrl()).isEqualTo("jdbc:duckdb:" + u.path());
    }

    @Test
    void parsesInMemoryDuckDb() {
        assertThat(WarehouseUrl.parse("duckdb::memory:").path()).isNull();
    }

    @Test
    void parsesPostgresWithSchemaAndHidesThePassword() {
        WarehouseUrl u =
                WarehouseUrl.parse(
                        "jdbc:postgresql://db.example:5432/spot?user=me&password=s3cret&currentSchema=wh");
        assertThat(u.engine()).isEqualTo(WarehouseUrl.Engine.POSTGRESQL);
        assertThat(u.schema()).isEqualTo("wh");
        assertThat(u.toString()).doesNotContain("s3cret").contains("password=***");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "duckdb:",
                "sqlite:/tmp/x.db",
                "jdbc:postgresql://host:99999/db",
                "jdbc:postgresql://host:5432/",
                "jdbc:postgresql:/nohost",
                "postgresql://h/db",
                "jdbc:redshift://cluster:5439/dev",
                "jdbc:postgresql://h/db?currentSchema=a;drop",
                "jdbc:postgresql://h/db?novalue"
            })
    void rejectsMalformedUrlsAsBadInputNamingThem(String text) {
        assertThatThrownBy(() -> WarehouseUrl.parse(text))
                .isInstanceOfSatisfying(
                        WarehouseException.class,
                        e -> {
                            assertThat(e.isBadInput()).isTrue();
                            assertThat(e.getMessage())
                                    .startsWith("malformed warehouse URL '" + text.strip() + "'");
                        });
    }

    @Test
    void badUrlMessagesNeverShowAPassword() {
        assertThatThrownBy(() -> WarehouseUrl.parse("jdbc:postgresql://h:0/db?password=hunter2"))
                .hasMessageNotContaining("hunter2");
    }
}
