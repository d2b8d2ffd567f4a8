package vn.sotruong.testkit.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.testkit.TempStore;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchool;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * Plain harness (run with {@code -Pbench}): times opening a fresh store (folder, lock, Flyway
 * migration) and generating each demo school with its year of gradebook entries, one warm-up and three
 * measured runs, and prints a Markdown table for docs/benchmarks.md. Runs with the production Argon2 cost.
 */
public final class DemoGenerationBenchmark {
    private static final int WARM_UPS = 1;
    private static final int RUNS = 3;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private DemoGenerationBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, String> sizes = new LinkedHashMap<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            boolean measured = i >= WARM_UPS;
            for (DemoOptions o : List.of(DemoOptions.thcs(), DemoOptions.tieuHoc())) {
                String level = o.level().code();
                long t0 = System.nanoTime();
                try (TempStore store = TempStore.open(Clock.systemUTC())) {
                    long t1 = System.nanoTime();
                    long c1 = CPU.getCurrentThreadCpuTime();
                    DemoSchool demo = DemoSchoolGenerator.generate(store.services(), o, TODAY);
                    long c2 = CPU.getCurrentThreadCpuTime();
                    long t2 = System.nanoTime();
                    store.services().stores().passwordHasher().hash(DemoAccounts.PASSWORD.toCharArray());
                    long t3 = System.nanoTime();
                    if (measured) {
                        times.computeIfAbsent("one Argon2id hash (after " + level + ")", k -> new ArrayList<>()).add((t3 - t2) / 1e6);
                        times.computeIfAbsent("store open + migrate (" + level + ")", k -> new ArrayList<>())
                                .add((t1 - t0) / 1e6);
                        times.computeIfAbsent("demo generation " + level, k -> new ArrayList<>())
                                .add((t2 - t1) / 1e6);
                        times.computeIfAbsent("demo generation " + level + ", thread CPU", k -> new ArrayList<>())
                                .add((c2 - c1) / 1e6);
                    }
                    sizes.put("demo generation " + level, demo.classes() + " classes, " + demo.staff()
                            + " staff/accounts, " + demo.assignments() + " assignments, " + demo.pupilCount()
                            + " pupils stored and enrolled, " + demo.entries() + " gradebook cells imported, "
                            + demo.oddities().heavyEditorChanges() + " + corrections typed");
                }
            }
        }
        out.printf("JDK %s, %d CPUs, load average %.1f, Argon2 settings: production defaults%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("| step | run 1 (ms) | run 2 (ms) | run 3 (ms) | median (ms) | what |");
        out.println("|---|---:|---:|---:|---:|---|");
        times.forEach((step, ms) -> {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.printf("| %s | %.0f | %.0f | %.0f | %.0f | %s |%n", step, ms.get(0), ms.get(1), ms.get(2),
                    sorted[sorted.length / 2], sizes.getOrDefault(step, ""));
        });
        out.println();
        out.println("raw: " + Arrays.toString(times.values().toArray()));
    }
}
