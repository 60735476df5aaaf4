/**
 * The spotrec warehouse: one schema (versioned migrations) on DuckDB, embedded and the default, or
 * PostgreSQL.
 *
 * <ul>
 *   <li>{@link dev.spotrec.warehouse.Warehouse} opens one ({@link
 *       dev.spotrec.warehouse.WarehouseUrl} parses {@code duckdb:PATH} and {@code
 *       jdbc:postgresql://...}); {@link dev.spotrec.warehouse.WarehouseException} is the only
 *       exception it throws.
 *   <li>{@link dev.spotrec.warehouse.Batch} writes entities in bulk (DuckDB Appender or PostgreSQL
 *       {@code COPY} into staging, then one set-based merge transaction).
 *   <li>Streaming reads for the recommender: {@link dev.spotrec.warehouse.InteractionMatrix}
 *       triples through a {@link dev.spotrec.warehouse.InteractionVisitor} or an {@link
 *       dev.spotrec.warehouse.InteractionCursor}; {@link dev.spotrec.warehouse.TrackAttributes} and
 *       {@link dev.spotrec.warehouse.ArtistAttributes}.
 *   <li>The crawler's state: {@link dev.spotrec.warehouse.FrontierEntry} and {@link
 *       dev.spotrec.warehouse.CrawlRun}, written in the same batch as the data.
 *   <li>The A/B experiment: {@link dev.spotrec.warehouse.ExperimentStore} (from {@code
 *       Warehouse.experiments()}) keeps {@link dev.spotrec.warehouse.ExperimentTrial}s, {@link
 *       dev.spotrec.warehouse.ExperimentVote}s and {@link dev.spotrec.warehouse.ExperimentRating}s.
 *   <li>{@link dev.spotrec.warehouse.Importer} loads the MPD, HetRec and Spotify-CSV datasets.
 * </ul>
 *
 * Implementation classes live in {@code dev.spotrec.warehouse.internal}; the SQL differences of the
 * two engines are all in {@code internal.Dialect}.
 */
package dev.spotrec.warehouse;
