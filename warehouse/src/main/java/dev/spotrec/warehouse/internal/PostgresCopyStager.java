package dev.spotrec.warehouse.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Stages rows through PostgreSQL's {@code COPY ... FROM STDIN} in text format: each staging table
 * buffers its rows as COPY text and sends them in one {@code COPY} when the buffer passes a few
 * megabytes or the batch merges, so memory stays bounded by the buffer, not the batch.
 */
final class PostgresCopyStager implements Stager {
    private static final int SEND_AT_CHARS = 4 << 20;

    private final CopyManager copy;
    private final Map<String, CopyRow> buffers = new LinkedHashMap<>();

    PostgresCopyStager(Connection conn) throws SQLException {
        this.copy = conn.unwrap(PGConnection.class).getCopyAPI();
    }

    @Override
    public Row row(String stage, int columns) throws SQLException {
        CopyRow row = buffers.computeIfAbsent(stage, CopyRow::new);
        if (row.text.length() >= SEND_AT_CHARS) {
            send(row);
        }
        row.first = true;
        return row;
    }

    @Override
    public void flush() throws SQLException {
        for (CopyRow r : buffers.values()) {
            send(r);
        }
    }

    @Override
    public void close() {
        buffers.clear();
    }

    private void send(CopyRow r) throws SQLException {
        if (r.text.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("COPY " + r.stage + " FROM STDIN", new StringReader(r.text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + r.stage + " failed: " + e.getMessage(), e);
        }
        r.text.setLength(0);
    }

    /** One staging table's COPY text buffer; escapes per the COPY text format. */
    private static final class CopyRow implements Row {
        final String stage;
        final StringBuilder text = new StringBuilder();
        boolean first;

        CopyRow(String stage) {
            this.stage = stage;
        }

        private StringBuilder next() {
            if (!first) {
                text.append('\t');
            }
            first = false;
            return text;
        }

        @Override
        public Row str(String v) {
            StringBuilder sb = next();
            if (v == null) {
                sb.append("\\N");
                return this;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\0' -> {} // PostgreSQL text cannot hold NUL; drop it
                    default -> sb.append(c);
                }
            }
            return this;
        }

        @Override
        public Row i32(int v) {
            next().append(v);
            return this;
        }

        @Override
        public Row i32(Integer v) {
            if (v == null) {
                next().append("\\N");
            } else {
                next().append(v.intValue());
            }
            return this;
        }

        @Override
        public Row i64(long v) {
            next().append(v);
            return this;
        }

        @Override
        public Row i64(Long v) {
            if (v == null) {
                next().append("\\N");
            } else {
                next().append(v.longValue());
            }
            return this;
        }

        @Override
        public Row f64(double v) {
            next().append(v);
            return this;
        }

        @Override
        public Row bool(boolean v) {
            next().append(v ? 't' : 'f');
            return this;
        }

        @Override
        public Row ts(Instant v) {
            if (v == null) {
                next().append("\\N");
            } else {
                next().append(v);
            }
            return this;
        }

        @Override
        public Row i64s(long[] v, int n) {
            StringBuilder sb = next();
            if (v == null) {
                sb.append("\\N");
                return this;
            }
            sb.append('{');
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : ",").append(v[i]);
            }
            sb.append('}');
            return this;
        }

        @Override
        public void end() {
            text.append('\n');
        }
    }
}
