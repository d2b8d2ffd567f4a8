package vn.sotruong.testkit.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.review.Distribution;
import vn.sotruong.core.review.Finding;
import vn.sotruong.core.review.Measure;
import vn.sotruong.core.review.Selection;
import vn.sotruong.core.security.Actor;
import vn.sotruong.testkit.TempStore;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchool;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * Plain harness (run with {@code -Pbench}): the vice-principal's review on the demo THCS school filled with a
 * realistic year of scores — every ĐĐGtx, mid-term and end-of-term score of both terms for every pupil and scored
 * subject (pupil ability + subject and class offsets, one class planted far above in Toán) — then times one
 * distribution (a test column over the whole school; a class over the school; an average) and the full anomaly
 * scan: one warm-up and five measured runs each, wall and the thread's CPU time (the build box is shared),
 * printed as a Markdown table for docs/benchmarks.md.
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
        try (TempStore store = TempStore.open(Clock.fixed(NOW, ZoneOffset.UTC))) {
            CoreServices s = store.services();
            DemoSchool demo = DemoSchoolGenerator.generate(s, DemoOptions.thcs(), TODAY);
            s.stores().settings().put(LockService.AUTOMATIC, "false");
            Actor admin = s.auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "bench").actor();
            Actor vp = s.auth().login(DemoAccounts.VICE_PRINCIPAL, DemoAccounts.PASSWORD.toCharArray(), "bench")
                    .actor();
            long t0 = System.nanoTime();
            int cells = fillYear(s, admin, demo.yearId());
            double fillMs = (System.nanoTime() - t0) / 1e6;
            SchoolClass first = s.organisation().classes(admin, demo.yearId()).getFirst();

            Map<String, List<Double>> times = new LinkedHashMap<>();
            Map<String, List<Double>> cpu = new LinkedHashMap<>();
            Map<String, String> what = new LinkedHashMap<>();
            for (int i = 0; i < WARM_UPS + RUNS; i++) {
                boolean measured = i >= WARM_UPS;
                long ca = CPU.getCurrentThreadCpuTime();
                long a = System.nanoTime();
                Distribution gk = s.review().distribution(vp, demo.yearId(), Selection.subject("TOAN"),
                        new Measure("HK1.GK"));
                long b = System.nanoTime();
                long cb = CPU.getCurrentThreadCpuTime();
                List<Distribution> over = s.review().distributions(vp, demo.yearId(), List.of(Selection.subject("TOAN"),
                        Selection.subject("TOAN").withClass(first.id())), new Measure("HK1.TB"));
                long c = System.nanoTime();
                long cc = CPU.getCurrentThreadCpuTime();
                Distribution school = s.review().distribution(vp, demo.yearId(), Selection.SCHOOL, new Measure("CN.TB"));
                long d = System.nanoTime();
                long cd = CPU.getCurrentThreadCpuTime();
                List<Finding> found = s.review().anomalies(vp, demo.yearId(), 0, TODAY);
                long e = System.nanoTime();
                long ce = CPU.getCurrentThreadCpuTime();
                if (measured) {
                    add(times, "distribution: Toán HK1.GK, whole school", (b - a) / 1e6);
                    add(times, "distribution: class " + first.name() + " over the school, Toán ĐTBmhk I", (c - b) / 1e6);
                    add(times, "distribution: every subject's ĐTBmcn, whole school", (d - c) / 1e6);
                    add(times, "full anomaly scan (year)", (e - d) / 1e6);
                    add(cpu, "distribution: Toán HK1.GK, whole school", (cb - ca) / 1e6);
                    add(cpu, "distribution: class " + first.name() + " over the school, Toán ĐTBmhk I", (cc - cb) / 1e6);
                    add(cpu, "distribution: every subject's ĐTBmcn, whole school", (cd - cc) / 1e6);
                    add(cpu, "full anomaly scan (year)", (ce - cd) / 1e6);
                }
                what.put("distribution: Toán HK1.GK, whole school", gk.count() + " scores");
                what.put("distribution: class " + first.name() + " over the school, Toán ĐTBmhk I",
                        over.get(1).count() + " over " + over.get(0).count() + " averages");
                what.put("distribution: every subject's ĐTBmcn, whole school", school.count() + " averages");
                what.put("full anomaly scan (year)", found.size() + " findings: " + kinds(found));
            }
            out.printf("JDK %s, %d CPUs; demo THCS school: %d classes, %d pupils; a year of scores: %d cells stored in "
                    + "%.0f ms%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), demo.classes(),
                    demo.pupilCount(), cells, fillMs);
            out.printf("load average at the end: %.1f%n%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.println("| step | median CPU (ms) | median wall (ms) | wall, runs (ms) | what |");
            out.println("|---|---:|---:|---|---|");
            times.forEach((step, ms) -> out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %s | %s |%n", step,
                    median(cpu.get(step)), median(ms), ms.stream().map(v -> String.format(Locale.ROOT, "%.0f", v))
                            .collect(java.util.stream.Collectors.joining(", ")), what.get(step)));
        }
    }

    private static double median(List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static void add(Map<String, List<Double>> times, String step, double ms) {
        times.computeIfAbsent(step, k -> new ArrayList<>()).add(ms);
    }

    private static String kinds(List<Finding> found) {
        Map<Finding.Kind, Integer> n = new LinkedHashMap<>();
        found.forEach(f -> n.merge(f.kind(), 1, Integer::sum));
        return n.toString();
    }

    /**
     * Every score column of both terms for every current pupil and scored subject, one workbook per class saved
     * through the gradebook service as an import: a pupil's ability (mean 6.6, sd 1.3), the subject's and the
     * class's offsets, the test's noise; the first class of grade 8 is planted 2.5 points above in Toán.
     */
    static int fillYear(CoreServices s, Actor admin, long yearId) {
        Random rnd = new Random(20262027L);
        int cells = 0;
        for (SchoolClass c : s.organisation().classes(admin, yearId)) {
            ClassBook book = s.gradebook().classBook(admin, c.id());
            double classOffset = rnd.nextGaussian() * 0.3;
            boolean planted = c.grade() == 8 && c.name().endsWith("A");
            Map<Long, Double> ability = new LinkedHashMap<>();
            for (RosterRow r : book.roster()) {
                if (r.current()) {
                    ability.put(r.pupilId(), 6.6 + rnd.nextGaussian() * 1.3);
                }
            }
            Map<SheetRef, List<CellEdit>> workbook = new LinkedHashMap<>();
            for (Subject subject : book.subjects()) {
                if (subject.form() != AssessmentForm.SCORED) {
                    continue;
                }
                SheetRef ref = SheetRef.subject(subject.code());
                double subjectOffset = rnd.nextGaussian() * 0.4 + (planted && subject.code().equals("TOAN") ? 2.5 : 0);
                List<CellEdit> edits = new ArrayList<>();
                for (Column col : s.gradebook().columns(book, ref)) {
                    if (col.kind() != ColumnKind.SCORE || col.term() == 0) {
                        continue;
                    }
                    for (Map.Entry<Long, Double> p : ability.entrySet()) {
                        double v = p.getValue() + classOffset + subjectOffset + rnd.nextGaussian() * 0.9;
                        double score = Math.round(Math.max(0, Math.min(10, v)) * 4) / 4.0;
                        edits.add(CellEdit.of(p.getKey(), col.slot(), String.format(Locale.ROOT, "%.1f",
                                Math.round(score * 10) / 10.0)));
                    }
                }
                cells += edits.size();
                workbook.put(ref, edits);
            }
            s.gradebook().saveAll(admin, c.id(), workbook, Via.IMPORT);
        }
        return cells;
    }
}
