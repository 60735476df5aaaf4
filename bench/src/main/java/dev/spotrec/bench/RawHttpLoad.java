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
            return HttpResponses.percentile(latenciesMicros, p);
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
                                        int status = HttpResponses.read(in, sink, bytes);
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
}
