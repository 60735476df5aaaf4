package dev.spotrec.crawler;

/** The crawl contract on DuckDB. */
class DuckDbCrawlIT extends CrawlContract {
    @Override
    String engine() {
        return "duckdb";
    }
}
