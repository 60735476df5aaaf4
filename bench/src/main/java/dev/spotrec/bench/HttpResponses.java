package dev.spotrec.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the loopback load generators share: reading one HTTP/1.1 response off a keep-alive socket
 * (status line, headers, a Content-Length or chunked body, discarded) and latency percentiles.
 */
final class HttpResponses {
    private HttpResponses() {}

    /**
     * Reads one response and discards its body.
     *
     * @param sink a scratch buffer for the body
     * @param bodyBytes counts the body bytes read, or null
     * @return the status code
     */
    static int read(InputStream in, byte[] sink, LongAdder bodyBytes) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        String header;
        while (!(header = line(in)).isEmpty()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            long size;
            while ((size = Long.parseLong(line(in).strip(), 16)) > 0) {
                skip(in, size, sink, bodyBytes);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length, sink, bodyBytes);
        }
        return status;
    }

    /** The p-quantile (0..1) of latencies, 0 when there are none. */
    static long percentile(long[] latencies, double p) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return sorted.length == 0
                ? 0
                : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
    }

    private static void skip(InputStream in, long n, byte[] sink, LongAdder bodyBytes)
            throws IOException {
        long left = n;
        while (left > 0) {
            int r = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (r < 0) {
                throw new IOException("connection closed mid-body");
            }
            left -= r;
        }
        if (bodyBytes != null) {
            bodyBytes.add(n);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }
}
