package dev.spotrec.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP/1.1 load generator on raw keep-alive sockets: {@code connections} threads each
 * send GETs on a fixed schedule (every {@code connections / rate} seconds), together {@code rate}
 * requests/s for {@code seconds}. Latency is measured from when a request was due, so time spent
 * queued behind a slow response counts (Tene's coordinated omission). Bounded: exactly {@code rate
 * * seconds} requests are scheduled.
 */
final class PacedHttpLoad {
    /** A request target and the Cookie header to send with it. */
    record Target(String path, String cookie) {}

    /** Totals of one run. */
    record Result(long requests, long errors, double seconds, long[] latenciesMicros) {
        double perSecond() {
            return requests / seconds;
        }

        long percentileMicros(double p) {
            return HttpResponses.percentile(latenciesMicros, p);
        }
    }

    private PacedHttpLoad() {}

    static Result run(
            String host, int port, List<Target> targets, int rate, int seconds, int connections)
            throws InterruptedException {
        int perConnection = (int) ((long) rate * seconds / connections);
        long intervalNanos = 1_000_000_000L * connections / rate;
        long[][] latencies = new long[connections][];
        LongAdder errors = new LongAdder();
        long start = System.nanoTime() + 50_000_000L;
        Thread[] threads = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            int id = c;
            long[] mine = new long[perConnection];
            latencies[c] = mine;
            threads[c] =
                    new Thread(
                            () ->
                                    drive(
                                            host,
                                            port,
                                            targets,
                                            id,
                                            connections,
                                            mine,
                                            start + id * intervalNanos / connections,
                                            intervalNanos,
                                            errors),
                            "paced-load-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
        return new Result(all.length, errors.sum(), elapsed, all);
    }

    private static void drive(
            String host,
            int port,
            List<Target> targets,
            int id,
            int connections,
            long[] latencies,
            long first,
            long interval,
            LongAdder errors) {
        Socket socket = null;
        InputStream in = null;
        OutputStream out = null;
        byte[] sink = new byte[64 * 1024];
        for (int i = 0; i < latencies.length; i++) {
            long due = first + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Target t = targets.get((i * connections + id) % targets.size());
            try {
                if (socket == null) {
                    socket = new Socket(host, port);
                    socket.setTcpNoDelay(true);
                    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
                    out = socket.getOutputStream();
                }
                out.write(
                        ("GET "
                                        + t.path()
                                        + " HTTP/1.1\r\nHost: "
                                        + host
                                        + "\r\nCookie: "
                                        + t.cookie()
                                        + "\r\nAccept: application/json\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (HttpResponses.read(in, sink, null) != 200) {
                    errors.increment();
                }
            } catch (IOException | RuntimeException e) {
                errors.increment();
                close(socket);
                socket = null;
            }
            latencies[i] = (System.nanoTime() - due) / 1000;
        }
        close(socket);
    }

    private static void close(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // Closing after a failure; nothing more to report.
            }
        }
    }
}
