package dev.spotrec.spark;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;

/**
 * Starts the Spark session: checks the master URL before anything starts, binds local sessions to
 * the loopback interface, turns the web UI off and quiets Spark's logging.
 */
final class SparkSessions {

    private static final Pattern MASTER =
            Pattern.compile(
                    "local(\\[(\\*|[1-9]\\d*)(,[1-9]\\d*)?])?"
                            + "|local-cluster\\[[1-9]\\d*,[1-9]\\d*,[1-9]\\d*]"
                            + "|spark://[^\\s/:]+:\\d{1,5}(,[^\\s/:]+:\\d{1,5})*"
                            + "|yarn|k8s://\\S+");

    /** Loggers that report routine progress at INFO and WARN; only their errors are shown. */
    private static final String[] NOISY = {
        "org.apache.spark", "org.apache.hadoop", "org.apache.parquet", "org.sparkproject"
    };

    private SparkSessions() {}

    /** Rejects a master URL Spark would not accept, naming it and the accepted forms. */
    static String checkMaster(String master) {
        if (master == null || !MASTER.matcher(master.strip()).matches()) {
            throw SparkTrainingException.badInput(
                    "bad Spark master URL '"
                            + master
                            + "'; use local[*], local[N], spark://HOST:PORT, yarn or k8s://URL");
        }
        return master.strip();
    }

    static boolean isLocal(String master) {
        return master.startsWith("local");
    }

    /** Starts (or joins) the JVM's Spark session on {@code master} with extra {@code config}. */
    static SparkSession start(String master, Map<String, String> config) {
        quietLogs();
        SparkSession.Builder b =
                SparkSession.builder()
                        .master(master)
                        .appName("spotrec-als")
                        .config("spark.ui.enabled", "false")
                        .config("spark.ui.showConsoleProgress", "false")
                        .config("spark.sql.shuffle.partitions", "8");
        if (isLocal(master)) {
            // Local runs talk only to themselves: never bind or advertise a public interface.
            b.config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        config.forEach(b::config);
        try {
            return b.getOrCreate();
        } catch (Exception e) { // Scala code throws checked exceptions undeclared
            throw SparkTrainingException.failure(
                    "cannot start Spark on master '"
                            + master
                            + "': "
                            + e.getMessage()
                            + "; check the master URL and that the cluster is reachable",
                    e);
        }
    }

    /**
     * Spark logs through SLF4J (the module excludes Spark's Log4j binding). With slf4j-simple, as
     * the app uses, raise Spark's loggers to {@code error} unless the user configured them.
     */
    private static void quietLogs() {
        for (String logger : NOISY) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "error");
            }
        }
    }
}
