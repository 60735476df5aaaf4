package dev.spotrec.warehouse;

/**
 * What an import did.
 *
 * @param source the dataset kind
 * @param filesImported files read and stored
 * @param filesSkipped files left out as already imported
 * @param rows rows written over all tables
 * @param batches transactions committed
 */
public record ImportSummary(
        ImportSource source, int filesImported, int filesSkipped, long rows, int batches) {}
