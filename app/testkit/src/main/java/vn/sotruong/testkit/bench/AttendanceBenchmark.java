package vn.sotruong.testkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.attendance.AttendanceImportResult;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.SchoolDays;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.attendance.AttendanceSheet;
import vn.sotruong.data.attendance.AttendanceXlsxImporter;
import vn.sotruong.data.store.FileTrees;
import vn.sotruong.testkit.TempStore;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoAttendanceWorkbook;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * Plain harness (run with {@code -Pbench}): a school year of attendance. The THCS demo school is made
 * with its year of attendance and without it (the difference is what storing the demo year costs);
 * each class's year is written as a DIEMDANH workbook from the first store and imported into the
 * second through {@code AttendanceService.importMarks} — one class, then the whole school; then the
 * reads the results and the grid make on the full year. One warm-up and three measured runs, each in
 * fresh stores. Besides wall time it reports the main thread's CPU time (H2 runs embedded in it), which
 * stays comparable when other work shares the machine. Prints a Markdown table for docs/benchmarks.md.
 */
public final class AttendanceBenchmark {
    private static final int WARM_UPS = 1;
    private static final int RUNS = 3;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String ONE_CLASS = "8E";
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    /** A moment: wall and thread-CPU nanoseconds. */
    private record Mark(long wall, long cpu) {
        static Mark now() {
            return new Mark(System.nanoTime(), CPU.getCurrentThreadCpuTime());
        }

        /** {wall ms, CPU ms} since this mark. */
        double[] until(Mark later) {
            return new double[] {(later.wall - wall) / 1e6, (later.cpu - cpu) / 1e6};
        }
    }

    private AttendanceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path tmp = Files.createTempDirectory("sotruong-attendance-bench");
        Map<String, List<double[]>> times = new LinkedHashMap<>();
        Map<String, String> what = new LinkedHashMap<>();
        try {
            for (int i = 0; i < WARM_UPS + RUNS; i++) {
                Map<String, double[]> run = new LinkedHashMap<>();
                once(tmp.resolve("run" + i), run, what);
                if (i >= WARM_UPS) {
                    run.forEach((step, ms) -> times.computeIfAbsent(step, k -> new ArrayList<>()).add(ms));
                }
            }
        } finally {
            FileTrees.deleteQuietly(tmp);
        }
        out.printf("JDK %s, %d CPUs, Argon2 settings: production defaults%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        out.println("| step | wall, runs (ms) | median wall (ms) | median CPU (ms) | what |");
        out.println("|---|---|---:|---:|---|");
        times.forEach((step, ms) -> {
            double[] wall = ms.stream().mapToDouble(m -> m[0]).toArray();
            double[] cpu = ms.stream().mapToDouble(m -> m[1]).sorted().toArray();
            double[] sortedWall = wall.clone();
            java.util.Arrays.sort(sortedWall);
            out.printf("| %s | %.0f, %.0f, %.0f | %.0f | %.0f | %s |%n", step, wall[0], wall[1], wall[2],
                    sortedWall[1], cpu[1], what.getOrDefault(step, ""));
        });
    }

    private static void once(Path dir, Map<String, double[]> run, Map<String, String> what) throws IOException {
        Files.createDirectories(dir);
        try (TempStore full = TempStore.open(Clock.systemUTC()); TempStore empty = TempStore.open(Clock.systemUTC())) {
            Mark t0 = Mark.now();
            var demo = DemoSchoolGenerator.generate(full.services(), DemoOptions.thcs(), TODAY, true);
            Mark t1 = Mark.now();
            DemoSchoolGenerator.generate(empty.services(), DemoOptions.thcs(), TODAY, false);
            Mark t2 = Mark.now();
            run.put("demo THCS with its year of attendance", t0.until(t1));
            run.put("demo THCS without attendance", t1.until(t2));
            what.put("demo THCS with its year of attendance", demo.pupilCount() + " pupils, 36 classes");

            CoreServices from = full.services();
            Actor admin = from.auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "bench").actor();
            SchoolDays days = from.attendance().schoolDays(demo.yearId());
            Map<Long, String> codes = new LinkedHashMap<>();
            from.stores().pupils().all().forEach(p -> codes.put(p.id(), p.code()));
            List<SchoolClass> classes = from.organisation().classes(admin, demo.yearId());
            Map<String, Path> files = new LinkedHashMap<>();
            int marks = 0;
            for (SchoolClass c : classes) {
                List<AttendanceMark> year = from.stores().attendance().marks(c.id(), days.first(),
                        days.last().plusDays(1));
                marks += year.size();
                files.put(c.name(), DemoAttendanceWorkbook.write(year, codes, dir.resolve(c.name() + ".xlsx")));
            }
            what.put("demo THCS with its year of attendance", what.get("demo THCS with its year of attendance")
                    + ", " + marks + " marks on " + days.all().size() + " school days");

            CoreServices to = empty.services();
            Actor office = to.auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "bench").actor();
            Map<String, Long> classIds = new LinkedHashMap<>();
            to.organisation().classes(office, demo.yearId()).forEach(c -> classIds.put(c.name(), c.id()));

            Mark r0 = Mark.now();
            AttendanceSheet sheet = new AttendanceXlsxImporter().read(files.get(ONE_CLASS));
            Mark r1 = Mark.now();
            AttendanceImportResult one = to.attendance().importMarks(office, classIds.get(ONE_CLASS), sheet.rows());
            Mark r2 = Mark.now();
            require(one);
            run.put("read one class's year (xlsx)", r0.until(r1));
            run.put("import one class's year", r1.until(r2));
            what.put("read one class's year (xlsx)", sheet.rows().size() + " rows, "
                    + Files.size(files.get(ONE_CLASS)) / 1024 + " KB");
            what.put("import one class's year", "class " + ONE_CLASS + ": " + one.marks() + " marks, " + one.days()
                    + " days replaced, one audit event a day");

            Mark s0 = Mark.now();
            int schoolMarks = one.marks();
            for (Map.Entry<String, Path> f : files.entrySet()) {
                if (!f.getKey().equals(ONE_CLASS)) {
                    AttendanceSheet s = new AttendanceXlsxImporter().read(f.getValue());
                    AttendanceImportResult r = to.attendance().importMarks(office, classIds.get(f.getKey()), s.rows());
                    require(r);
                    schoolMarks += r.marks();
                }
            }
            Mark s1 = Mark.now();
            run.put("read + import the other 35 classes", s0.until(s1));
            what.put("read + import the other 35 classes", (schoolMarks - one.marks()) + " marks; the school: "
                    + schoolMarks);

            List<Long> everyone = to.stores().pupils().all().stream().map(Pupil::id).toList();
            Mark q0 = Mark.now();
            var tallies = to.stores().attendance().yearTallies(demo.yearId(), everyone);
            Mark q1 = Mark.now();
            var term = to.stores().attendance().tallies(demo.yearId(), days.first(),
                    to.years().terms(demo.yearId()).get(1).start(), everyone);
            Mark q2 = Mark.now();
            Mark m0 = Mark.now();
            var month = to.attendance().month(office, classIds.get(ONE_CLASS), YearMonth.of(2026, 10));
            Mark m1 = Mark.now();
            run.put("year tallies, whole school", q0.until(q1));
            run.put("term 1 tallies, whole school", q1.until(q2));
            run.put("one class's month (the grid's read)", m0.until(m1));
            what.put("year tallies, whole school", tallies.size() + " pupils, one grouped query ("
                    + tallies.values().stream().filter(t -> t.absences() > 45).count() + " over 45 buổi)");
            what.put("term 1 tallies, whole school", term.size() + " pupils");
            what.put("one class's month (the grid's read)", month.pupils().size() + " pupils × " + month.days().size()
                    + " days");
        }
    }

    private static void require(AttendanceImportResult r) {
        if (r.refused()) {
            throw new IllegalStateException("import refused: " + r.issues().stream().limit(5).toList());
        }
    }

}
