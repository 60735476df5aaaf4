package dev.spotrec.crawler;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CrawlerBuilderTest {
    @Test
    void rejectsBadValuesNamingThem() {
        assertThatThrownBy(() -> Crawler.builder().maxRequests(0))
                .hasMessageContaining("maxRequests")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> Crawler.builder().maxDuration(Duration.ZERO))
                .hasMessageContaining("maxDuration");
        assertThatThrownBy(() -> Crawler.builder().concurrency(0))
                .hasMessageContaining("concurrency");
        assertThatThrownBy(() -> Crawler.builder().seedQueries(Arrays.asList("ok", " ")))
                .hasMessageContaining("seed query");
        assertThatThrownBy(() -> Crawler.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("client and warehouse");
    }
}
