package org.selving.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of the {@code bench} Maven profile: {@code mvn -Pbench -DskipTests verify -Dbench=<name>}
 * runs the benchmark named by the first argument, or every one for {@code all}. Benchmarks print
 * timings; they are not tests and assert nothing about time.
 */
public final class Benchmark {

    private static final Map<String, Runnable> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("stats", StatsBenchmark::run);
        BENCHMARKS.put("ingest", IngestBenchmark::run);
        BENCHMARKS.put("report", org.selving.report.ReportBenchmark::run);
        BENCHMARKS.put("workshop", WorkshopBenchmark::run);
    }

    private Benchmark() {
    }

    public static void main(String[] args) {
        String name = args.length == 0 ? "all" : args[0];
        if (name.equals("all")) {
            BENCHMARKS.values().forEach(Runnable::run);
        } else if (BENCHMARKS.containsKey(name)) {
            BENCHMARKS.get(name).run();
        } else {
            System.err.println("unknown benchmark '" + name + "'; choose one of " + BENCHMARKS.keySet() + " or all");
            System.exit(2);
        }
    }
}
