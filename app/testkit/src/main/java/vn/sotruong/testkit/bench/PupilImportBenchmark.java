package vn.sotruong.testkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.pupil.PupilImportResult;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.pupil.PupilSheet;
import vn.sotruong.data.pupil.PupilXlsxImporter;
import vn.sotruong.testkit.TempStore;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoPupil;
import vn.sotruong.testkit.demo.DemoPupilWorkbook;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * Plain harness (run with {@code -Pbench}): the office imports a whole school's pupils — 1,500 rows
 * made from the demo pupils — from one xlsx into an empty class. Times reading the workbook and the
 * all-or-nothing import (checks, register numbers, enrolments, movements, audit) separately; one
 * warm-up and three measured runs, each in a fresh store. Prints a Markdown table for docs/benchmarks.md.
 */
public final class PupilImportBenchmark {
    private static final int WARM_UPS = 1;
    private static final int RUNS = 3;
    private static final int ROWS = 1500;

    private PupilImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path tmp = Files.createTempDirectory("sotruong-import-bench");
        Path file = DemoPupilWorkbook.write(rows(), tmp.resolve("hocsinh-1500.xlsx"));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            try (TempStore store = TempStore.open(Clock.systemUTC())) {
                var s = store.services();
                s.setup().initialise(new SchoolInit(new School("Trường THCS Bench", null, null, null, SchoolLevel.THCS,
                        null, false), 2026, "quantri", "Quản trị", "MatKhau#2026".toCharArray()));
                Actor admin = s.auth().login("quantri", "MatKhau#2026".toCharArray(), "bench").actor();
                long klass = s.organisation().addClass(admin, s.years().currentYear().orElseThrow().id(), 6, "6A",
                        null);
                long t0 = System.nanoTime();
                PupilSheet sheet = new PupilXlsxImporter().read(file);
                long t1 = System.nanoTime();
                PupilImportResult r = s.pupils().importPupils(admin, klass, sheet.rows(), LocalDate.of(2026, 9, 5));
                long t2 = System.nanoTime();
                if (r.imported() != ROWS) {
                    throw new IllegalStateException("import refused: " + r.issues().stream().limit(5).toList());
                }
                if (i >= WARM_UPS) {
                    times.computeIfAbsent("read xlsx (" + ROWS + " rows)", k -> new ArrayList<>()).add((t1 - t0) / 1e6);
                    times.computeIfAbsent("check + store " + ROWS + " pupils", k -> new ArrayList<>())
                            .add((t2 - t1) / 1e6);
                    times.computeIfAbsent("import total", k -> new ArrayList<>()).add((t2 - t0) / 1e6);
                }
            }
        }
        out.printf("JDK %s, %d CPUs, file %d KB%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Files.size(file) / 1024);
        out.println("| step | run 1 (ms) | run 2 (ms) | run 3 (ms) | median (ms) |");
        out.println("|---|---:|---:|---:|---:|");
        times.forEach((step, ms) -> {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.printf("| %s | %.0f | %.0f | %.0f | %.0f |%n", step, ms.get(0), ms.get(1), ms.get(2),
                    sorted[sorted.length / 2]);
        });
        try {
            Files.delete(file);
            Files.delete(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo school's 1,482 pupils and 18 from another seed, with codes and birthdays kept apart. */
    private static List<DemoPupil> rows() {
        List<DemoPupil> rows = new ArrayList<>(DemoSchoolGenerator.pupils(DemoOptions.thcs(), 2026));
        DemoSchoolGenerator.pupils(DemoOptions.thcs().withSeed(7), 2026).stream().limit(ROWS - rows.size())
                .map(p -> new DemoPupil("X" + p.code(), p.fullName(), p.gender(), p.birthDate().minusDays(400),
                        p.ethnicity(), p.birthPlace(), p.address(), p.policyFamily(), p.fatherName(),
                        p.fatherOccupation(), p.motherName(), p.motherOccupation(), p.guardianName(), p.phone(),
                        p.grade(), p.className()))
                .forEach(rows::add);
        return rows;
    }
}
