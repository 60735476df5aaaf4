package dev.spotrec.crawler;

/** The crawl contract on PostgreSQL; skips unless {@code SPOTREC_TEST_POSTGRES_URL} is set. */
class PostgresCrawlIT extends CrawlContract {
    @Override
    String engine() {
        return "postgres";
    }
}
