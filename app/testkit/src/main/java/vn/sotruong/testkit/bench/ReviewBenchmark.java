package vn.sotruong.testkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.review.Distribution;
import vn.sotruong.core.review.Finding;
import vn.sotruong.core.review.Measure;
import vn.sotruong.core.review.Selection;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;
import vn.sotruong.testkit.TempStore;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchool;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * Plain harness (run with {@code -Pbench}): the vice-principal's review on the demo THCS school with its generated
 * year of entries and planted oddities (docs/demo-data.md) — times one distribution (a test column over the whole
 * school; a class over the school; an average) and the full anomaly scan: one warm-up and five measured runs each,
 * wall and the thread's CPU time (the build box is shared), printed as a Markdown table for docs/benchmarks.md.
 * With {@code -Dsotruong.bench.store=DIR} the demo is generated into DIR once and reopened on later runs;
 * {@code -Dsotruong.bench.findings=true} prints the findings other than missing entries.
 */
public final class ReviewBenchmark {
    private static final int WARM_UPS = 1;
    private static final int RUNS = 5;
    /** Late May: the year's scores are in, the scan looks at the whole year. */
    private static final Instant NOW = Instant.parse("2027-05-20T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 5, 20);
    /** The review runs in the calling thread (H2 embedded in it too): its CPU time is the idle-machine figure. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ReviewBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String keep = System.getProperty("sotruong.bench.store");
        if (keep == null) {
            try (TempStore store = TempStore.open(Clock.fixed(NOW, ZoneOffset.UTC))) {
                run(store.store(), null, out);
            }
            return;
        }
        // a kept store (for trying changes again and again): generated once, then reopened
        Path dir = Path.of(keep);
        Path marker = dir.resolve("bench-year.txt");
        try (Store store = Store.open(dir, Clock.fixed(NOW, ZoneOffset.UTC))) {
            run(store, Files.exists(marker) ? readLong(marker) : null, out);
            if (!Files.exists(marker)) {
                Files.writeString(marker, Long.toString(store.services().organisation().classes(
                        login(store.services(), DemoAccounts.ADMIN), currentYear(store)).getFirst().yearId()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Store store, Long keptYear, PrintStream out) {
        CoreServices s = store.services();
        long t0 = System.nanoTime();
        long yearId;
        String school;
        if (keptYear == null) {
            DemoSchool demo = DemoSchoolGenerator.generate(s,
                    "tieu-hoc".equals(System.getProperty("sotruong.bench.level")) ? DemoOptions.tieuHoc()
                            : DemoOptions.thcs(), TODAY);
            yearId = demo.yearId();
            school = String.format(Locale.ROOT, "%d classes, %d pupils, %d cells entered", demo.classes(),
                    demo.pupilCount(), demo.entries());
        } else {
            yearId = keptYear;
            school = "kept store";
        }
        double fillMs = (System.nanoTime() - t0) / 1e6;
        Actor admin = login(s, DemoAccounts.ADMIN);
        Actor vp = login(s, DemoAccounts.VICE_PRINCIPAL);
        SchoolClass first = s.organisation().classes(admin, yearId).getFirst();

        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, String> what = new LinkedHashMap<>();
        List<Finding> found = List.of();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            boolean measured = i >= WARM_UPS;
            long ca = CPU.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            Distribution gk = s.review().distribution(vp, yearId, Selection.subject("TOAN"), new Measure("HK1.GK"));
            long b = System.nanoTime();
            long cb = CPU.getCurrentThreadCpuTime();
            List<Distribution> over = s.review().distributions(vp, yearId, List.of(Selection.subject("TOAN"),
                    Selection.subject("TOAN").withClass(first.id())), new Measure("HK1.TB"));
            long c = System.nanoTime();
            long cc = CPU.getCurrentThreadCpuTime();
            Distribution all = s.review().distribution(vp, yearId, Selection.SCHOOL, new Measure("CN.TB"));
            long d = System.nanoTime();
            long cd = CPU.getCurrentThreadCpuTime();
            found = s.review().anomalies(vp, yearId, 0, TODAY);
            long e = System.nanoTime();
            long ce = CPU.getCurrentThreadCpuTime();
            String overName = "distribution: class " + first.name() + " over the school, Toán ĐTBmhk I";
            if (measured) {
                add(times, cpu, "distribution: Toán HK1.GK, whole school", b - a, cb - ca);
                add(times, cpu, overName, c - b, cc - cb);
                add(times, cpu, "distribution: every subject's ĐTBmcn, whole school", d - c, cd - cc);
                add(times, cpu, "full anomaly scan (year)", e - d, ce - cd);
            }
            what.put("distribution: Toán HK1.GK, whole school", gk.count() + " scores");
            what.put(overName, over.get(1).count() + " over " + over.get(0).count() + " averages");
            what.put("distribution: every subject's ĐTBmcn, whole school", all.count() + " averages");
            what.put("full anomaly scan (year)", found.size() + " findings: " + kinds(found));
        }
        out.printf("JDK %s, %d CPUs; demo school: %s, made in %.0f ms%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), school, fillMs);
        out.printf("load average at the end: %.1f%n%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("| step | median CPU (ms) | median wall (ms) | wall, runs (ms) | what |");
        out.println("|---|---:|---:|---|---|");
        times.forEach((step, ms) -> out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %s | %s |%n", step,
                median(cpu.get(step)), median(ms), ms.stream().map(v -> String.format(Locale.ROOT, "%.0f", v))
                        .collect(java.util.stream.Collectors.joining(", ")), what.get(step)));
        if (Boolean.getBoolean("sotruong.bench.findings")) {
            out.println();
            for (int term : new int[] {1, 2, 0}) {
                out.println("term " + term + ":");
                s.review().anomalies(vp, yearId, term, TODAY).stream()
                        .filter(f -> f.kind() != Finding.Kind.MISSING_NEAR_DEADLINE)
                        .forEach(f -> out.println(f.kind() + " " + f.scope() + " " + f.args()));
            }
        }
    }

    private static Actor login(CoreServices s, String login) {
        return s.auth().login(login, DemoAccounts.PASSWORD.toCharArray(), "bench").actor();
    }

    private static long currentYear(Store store) {
        return store.services().stores().years().list().getLast().id();
    }

    private static long readLong(Path p) throws IOException {
        return Long.parseLong(Files.readString(p).strip());
    }

    private static double median(List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static void add(Map<String, List<Double>> times, Map<String, List<Double>> cpu, String step, long wallNs,
                            long cpuNs) {
        times.computeIfAbsent(step, k -> new ArrayList<>()).add(wallNs / 1e6);
        cpu.computeIfAbsent(step, k -> new ArrayList<>()).add(cpuNs / 1e6);
    }

    private static String kinds(List<Finding> found) {
        Map<Finding.Kind, Integer> n = new LinkedHashMap<>();
        found.forEach(f -> n.merge(f.kind(), 1, Integer::sum));
        return n.toString();
    }
}
