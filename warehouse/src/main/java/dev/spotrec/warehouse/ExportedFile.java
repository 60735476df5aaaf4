package dev.spotrec.warehouse;

import java.nio.file.Path;

/**
 * One Parquet file written by {@link Warehouse#export}.
 *
 * @param name the table or matrix name
 * @param file the file
 * @param rows rows written
 */
public record ExportedFile(String name, Path file, long rows) {}
