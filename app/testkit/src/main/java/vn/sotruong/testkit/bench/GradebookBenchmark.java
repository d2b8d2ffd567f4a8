package vn.sotruong.testkit.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SaveResult;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.security.Actor;
import vn.sotruong.testkit.TempStore;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchool;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * Plain harness (run with {@code -Pbench}, one JVM per measurement): on the THCS demo school with its whole year
 * of entries, {@code results} times the year results of every class ({@code ResultsService.yearResults}),
 * {@code sheet} opening one class × subject grid ({@code GradebookService.sheet}, a different class and subject
 * each run), {@code save} one typed cell with its history and audit record ({@code GradebookService.save} by the
 * subject teacher, as the grid does), {@code changes} a sheet's change counter (a workstation grid's poll). Warm-up runs first, then measured runs; prints the median and every run,
 * wall clock and the thread's CPU time (the build machine is shared).
 */
public final class GradebookBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private GradebookBenchmark() {
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "results" : args[0];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (TempStore store = TempStore.open()) {
            CoreServices s = store.services();
            long t0 = System.nanoTime();
            DemoSchool demo = DemoSchoolGenerator.generate(s, DemoOptions.thcs(), TODAY);
            out.printf("demo THCS school generated in %.0f ms: %d pupils, %d entries imported%n",
                    (System.nanoTime() - t0) / 1e6, demo.pupilCount(), demo.entries());
            Actor principal = login(s, DemoAccounts.PRINCIPAL);
            List<SchoolClass> classes = s.organisation().classes(principal, demo.yearId());
            switch (mode) {
                case "results" -> run(out, "year results of the whole school (" + demo.pupilCount() + " pupils, "
                        + classes.size() + " classes)", 3, 7, i -> {
                    List<ClassResults> all = s.results().yearResults(principal, demo.yearId());
                    if (all.size() != classes.size()) {
                        throw new IllegalStateException("results of " + all.size() + " classes");
                    }
                });
                case "sheet" -> {
                    List<String> subjects = List.of("TOAN", "NGUVAN", "NGOAINGU1", "KHTN", "LSDL", "GDTC", "TINHOC");
                    run(out, "one class × subject grid (sheet with the computed averages)", 30, 21, i -> {
                        SchoolClass c = classes.get((i * 7) % classes.size());
                        Sheet sheet = s.gradebook().sheet(principal, c.id(), SheetRef.subject(subjects.get(i % subjects.size())));
                        if (sheet.rows().isEmpty()) {
                            throw new IllegalStateException("empty sheet");
                        }
                    });
                }
                case "save" -> {
                    Actor teacher = login(s, DemoAccounts.SUBJECT_TEACHER);
                    // gv.toan1 teaches Toán only
                    TeachingAssignment a = s.organisation().assignments(teacher, demo.yearId()).getFirst();
                    String className = classes.stream().filter(c -> c.id() == a.classId()).findFirst().orElseThrow()
                            .name();
                    Sheet sheet = s.gradebook().sheet(teacher, a.classId(), SheetRef.subject("TOAN"));
                    long pupil = sheet.rows().getFirst().pupil().pupilId();
                    String slot = ColumnLayout.tx(2, 1);
                    int[] version = {sheet.rows().getFirst().version(slot)};
                    run(out, "one saved score with its history and audit record (grid, " + className + " Toán)",
                            30, 21, i -> {
                        SaveResult r = s.gradebook().save(teacher, a.classId(), SheetRef.subject("TOAN"),
                                List.of(new CellEdit(pupil, slot, i % 2 == 0 ? "7,5" : "8", version[0])), Via.GRID);
                        version[0] = r.changed().getFirst().version();
                    });
                }
                case "changes" -> {
                    // what an open workstation grid asks every 3 s (ADR 0026): the sheet's change counter
                    List<String> subjects = List.of("TOAN", "NGUVAN", "NGOAINGU1", "KHTN", "LSDL", "GDTC", "TINHOC");
                    run(out, "one sheet's change counter (the workstation grid's poll)", 30, 21, i -> {
                        SchoolClass c = classes.get((i * 7) % classes.size());
                        if (s.gradebook().changeCount(principal, c.id(), SheetRef.subject(subjects.get(i % subjects.size()))) < 0) {
                            throw new IllegalStateException("negative counter");
                        }
                    });
                }
                default -> throw new IllegalArgumentException("mode results | sheet | save | changes, not " + mode);
            }
        }
    }

    private static Actor login(CoreServices s, String login) {
        return s.auth().login(login, DemoAccounts.PASSWORD.toCharArray(), "bench").actor();
    }

    private static void run(PrintStream out, String what, int warmUps, int runs, IntConsumer work) {
        for (int i = 0; i < warmUps; i++) {
            work.accept(i);
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            work.accept(warmUps + i);
            wall.add((System.nanoTime() - w0) / 1e6);
            cpu.add((CPU.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        out.printf("JDK %s, %d CPUs, load average %.1f%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("| %s | %d warm-up + %d runs | median %.1f ms wall, %.1f ms CPU |%n", what, warmUps, runs,
                median(wall), median(cpu));
        out.println("wall ms: " + format(wall));
        out.println("cpu ms:  " + format(cpu));
    }

    private static double median(List<Double> xs) {
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String format(List<Double> xs) {
        return Arrays.toString(xs.stream().map(x -> String.format(java.util.Locale.ROOT, "%.1f", x)).toArray());
    }
}
