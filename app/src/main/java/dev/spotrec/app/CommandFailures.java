package dev.spotrec.app;

import dev.spotrec.datasets.DatasetFormatException;
import dev.spotrec.warehouse.WarehouseException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * Runs a warehouse command body and maps its failures to exit codes with a one-line reason: bad
 * input (a malformed URL, a corrupt or missing dataset file, a read-only warehouse) is 2, anything
 * else from the warehouse is 1.
 */
final class CommandFailures {
    private CommandFailures() {}

    static int run(PrintWriter err, Callable<Integer> body) throws Exception {
        return run(err, "fix the file or the path and rerun", body);
    }

    /**
     * As {@link #run(PrintWriter, Callable)}, with {@code advice} after the reason of a bad dataset
     * file.
     */
    static int run(PrintWriter err, String advice, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (WarehouseException e) {
            err.println("spotrec: " + e.getMessage());
            return e.isBadInput() ? Main.USAGE : Main.FAILURE;
        } catch (DatasetFormatException e) {
            err.println("spotrec: corrupt input " + e.getMessage() + "; " + advice);
            return Main.USAGE;
        }
    }
}
