package dev.spotrec.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded closed-loop HTTP/1.1 load generator on raw keep-alive sockets: {@code connections}
 * threads each send one GET at a time and read the whole response (Content-Length or chunked),
 * until {@code maxRequests} in total or {@code maxDuration} has passed. Minimal client work, so
 * that on a shared 2-core machine most CPU goes to the server being measured.
 */
final class RawHttpLoad {
    /** Totals of one run. */
    record Result(
            long requests,
            long errors,
            long bytes,
            double seconds,
            long[] latenciesMicros,
            long clientCpuNanos) {
        double perSecond() {
            return requests / seconds;
        }

        long percentileMicros(double p) {
            long[] sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            return sorted.length == 0
                    ? 0
                    : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
        }
    }

    private RawHttpLoad() {}

    static Result run(
            String host,
            int port,
            List<String> requestTargets,
            String token,
            int connections,
            long maxRequests,
            long maxMillis)
            throws InterruptedException {
        AtomicLong issued = new AtomicLong();
        LongAdder done = new LongAdder();
        LongAdder errors = new LongAdder();
        LongAdder bytes = new LongAdder();
        LongAdder clientCpu = new LongAdder();
        java.lang.management.ThreadMXBean threadBean =
                java.lang.management.ManagementFactory.getThreadMXBean();
        long[] latencies = new long[(int) Math.min(maxRequests, 2_000_000)];
        long start = System.nanoTime();
        long deadline = start + maxMillis * 1_000_000L;
        Thread[] threads = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            int seed = c;
            threads[c] =
                    new Thread(
                            () -> {
                                try (Socket s = new Socket(host, port)) {
                                    s.setTcpNoDelay(true);
                                    OutputStream out = s.getOutputStream();
                                    InputStream in =
                                            new BufferedInputStream(s.getInputStream(), 64 * 1024);
                                    byte[] sink = new byte[64 * 1024];
                                    long i;
                                    while ((i = issued.getAndIncrement()) < maxRequests
                                            && System.nanoTime() < deadline) {
                                        String target =
                                                requestTargets.get(
                                                        (int)
                                                                ((i * 31 + seed)
                                                                        % requestTargets.size()));
                                        byte[] req =
                                                ("GET "
                                                                + target
                                                                + " HTTP/1.1\r\nHost: "
                                                                + host
                                                                + "\r\nAuthorization: Bearer "
                                                                + token
                                                                + "\r\n\r\n")
                                                        .getBytes(StandardCharsets.US_ASCII);
                                        long t0 = System.nanoTime();
                                        out.write(req);
                                        out.flush();
                                        int status = readResponse(in, sink, bytes);
                                        long micros = (System.nanoTime() - t0) / 1000;
                                        if (i < latencies.length) {
                                            latencies[(int) i] = micros;
                                        }
                                        done.increment();
                                        if (status != 200) {
                                            errors.increment();
                                        }
                                    }
                                } catch (IOException e) {
                                    errors.increment();
                                }
                                clientCpu.add(threadBean.getCurrentThreadCpuTime());
                            },
                            "load-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long n = done.sum();
        return new Result(
                n,
                errors.sum(),
                bytes.sum(),
                seconds,
                Arrays.copyOf(latencies, (int) Math.min(n, latencies.length)),
                clientCpu.sum());
    }

    /** Reads one response; returns its status. */
    private static int readResponse(InputStream in, byte[] sink, LongAdder bytes)
            throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        String header;
        while (!(header = line(in)).isEmpty()) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            long size;
            while ((size = Long.parseLong(line(in).strip(), 16)) > 0) {
                skip(in, size, sink, bytes);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length, sink, bytes);
        }
        return status;
    }

    private static void skip(InputStream in, long n, byte[] sink, LongAdder bytes)
            throws IOException {
        long left = n;
        while (left > 0) {
            int r = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (r < 0) {
                throw new IOException("connection closed mid-body");
            }
            left -= r;
        }
        bytes.add(n);
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
