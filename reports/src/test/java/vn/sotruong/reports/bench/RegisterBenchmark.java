package vn.sotruong.reports.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterBooks;
import vn.sotruong.core.registers.RegisterDocument;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.reports.DemoSchoolBooks;

/**
 * Prints the class book (sổ theo dõi và đánh giá học sinh theo lớp, whole year, A4) and the học bạ of one class and
 * of the whole demo THCS school (36 classes, every class with a year of marks) through {@code RegisterService.print}
 * (system property {@code sotruong.bench.registers} = book codes to measure only those): gathering
 * the data, filling, PDF export, ledger. Plain main, 1 warm-up and 3 measured runs each; peak heap per run from
 * the JVM's heap pools (run with -Xmx512m to hold the 512 MB target).
 *
 * <pre>./mvnw -B -Pbench -pl reports -am verify -DskipTests</pre>
 */
public final class RegisterBenchmark {
    private RegisterBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createTempDirectory("sotruong-bench-registers");
        try (DemoSchoolBooks books = DemoSchoolBooks.open()) {
            long t0 = System.nanoTime();
            List<SchoolClass> classes = books.s.organisation().classes(books.clerk, books.yearId());
            for (SchoolClass c : classes) {
                books.withMarks(c.name());
            }
            System.out.printf(Locale.ROOT, "demo THCS school: %d classes, marks entered in %.1f s (setup, not measured)%n",
                    classes.size(), (System.nanoTime() - t0) / 1e9);
            RegisterBooks gather = new RegisterBooks(books.s.stores().school(), books.s.years(),
                    books.s.organisation(), books.s.stores().organisation(), books.s.gradebook(),
                    books.s.stores().gradebook(), books.s.results(), books.s.pupils(), books.s.stores().pupils(),
                    books.s.stores().notes(), books.s.attendance(), books.s.stores().accounts(),
                    books.s.stores().enrolments(), books.s.stores().photos());
            String only = System.getProperty("sotruong.bench.registers", "");
            if (only.isEmpty() || only.contains(RegisterName.SO_THEO_DOI_DANH_GIA.code())) {
                measure(books, gather, RegisterName.SO_THEO_DOI_DANH_GIA, "one class (7A)", RegisterScope.ofClass("7A"),
                        out);
                measure(books, gather, RegisterName.SO_THEO_DOI_DANH_GIA, "whole school (36 classes)",
                        RegisterScope.school(), out);
            }
            if (only.isEmpty() || only.contains(RegisterName.HOC_BA.code())) {
                measure(books, gather, RegisterName.HOC_BA, "học bạ, one class (7A)", RegisterScope.ofClass("7A"), out);
                measure(books, gather, RegisterName.HOC_BA, "học bạ, whole school (36 classes)", RegisterScope.school(),
                        out);
            }
        } finally {
            try (var files = Files.list(out)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(out);
        }
    }

    private static void measure(DemoSchoolBooks books, RegisterBooks gather, RegisterName book, String what,
                                RegisterScope scope, Path out) throws IOException {
        PrintRequest request = new PrintRequest(book, scope, RegisterPeriod.YEAR, Paper.A4, null);
        List<String> lines = new ArrayList<>();
        for (int run = 0; run <= 3; run++) {
            System.gc();
            resetPeaks();
            long g0 = System.nanoTime();
            RegisterDocument doc = gather.build(books.clerk, request);
            long g1 = System.nanoTime();
            Path pdf = out.resolve("book-" + run + ".pdf");
            long p0 = System.nanoTime();
            long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long q0 = processCpuNanos();
            PrintRecord print = books.registers.print(books.clerk, request, pdf);
            long p1 = System.nanoTime();
            long c1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long q1 = processCpuNanos();
            String line = String.format(Locale.ROOT,
                    "%s run %d: print %.2f s (of which gathering the data %.2f s) · CPU %.2f s this thread, %.2f s the"
                            + " whole JVM · %d pages · %,d bytes · peak heap %d MB · load average %.1f",
                    what, run, (p1 - p0) / 1e9, (g1 - g0) / 1e9, (c1 - c0) / 1e9, (q1 - q0) / 1e9, print.pages(),
                    Files.size(pdf), peakHeapMb(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (run == 0) {
                line += " (warm-up)";
            }
            lines.add(line);
            doc.sections();
            Files.delete(pdf);
        }
        lines.forEach(System.out::println);
    }

    /** CPU time of the whole JVM (all threads, GC included), where the platform says it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
