package dev.spotrec.warehouse.internal;

import java.sql.SQLException;
import java.time.Instant;

/**
 * Receives the items of one playlist in position order, then {@link #end()}. Implementations either
 * stage a row per item or pack the whole list into one staged row.
 */
public interface ItemSink {
    /** The next item; its position is the number of items before it. */
    void item(String trackId, Instant addedAt, String addedBy) throws SQLException;

    /** Ends the list; nothing is staged for a list without items. */
    void end() throws SQLException;
}
