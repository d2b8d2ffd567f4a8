package vn.sotruong.testkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.backup.AutomaticBackups;
import vn.sotruong.data.backup.BackupService;
import vn.sotruong.data.backup.BackupVerifier;
import vn.sotruong.data.backup.BackupWritten;
import vn.sotruong.data.store.Store;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * Plain harness (run with {@code -Pbench}): the THCS demo school's backup (write + flush + rename +
 * full read-back verify + ledger + rotation), a verify alone, a restore into an empty store, a restore over
 * a store with data (which first backs that data up) and the automatic daily backup, against a plain copy
 * of the same bytes with fsync and a copy of the raw H2 file with fsync. One warm-up, three measured
 * runs; prints a Markdown table for docs/benchmarks.md.
 */
public final class BackupBenchmark {
    private static final int WARM_UPS = 1;
    private static final int RUNS = 3;
    private static final char[] PASSWORD = "SaoLuu#2026".toCharArray();

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Files.createTempDirectory("sotruong-bench-");
        Path school = root.resolve("school");
        Map<String, List<Double>> times = new LinkedHashMap<>();
        long backupBytes;
        long dbBytes;
        long rows;
        try (Store s = Store.open(school)) {
            DemoSchoolGenerator.generate(s.services(), DemoOptions.thcs(), LocalDate.of(2026, 11, 22));
            Actor admin = s.services().auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "bench")
                    .actor();
            BackupService service = new BackupService(s, Clock.systemUTC());
            s.checkpoint();
            dbBytes = Files.size(school.resolve("sotruong.mv.db"));
            BackupWritten last = null;
            for (int i = 0; i < WARM_UPS + RUNS; i++) {
                Path usb = Files.createDirectories(root.resolve("usb-" + i));
                long t0 = System.nanoTime();
                last = service.create(admin, usb, PASSWORD);
                double backupMs = ms(t0);
                long t1 = System.nanoTime();
                new BackupVerifier().verify(last.file(), PASSWORD);
                double verifyMs = ms(t1);
                long t2 = System.nanoTime();
                copyAndSync(last.file(), root.resolve("plain-" + i + ".bin"));
                double copyMs = ms(t2);
                long t3 = System.nanoTime();
                copyAndSync(school.resolve("sotruong.mv.db"), root.resolve("raw-" + i + ".mv.db"));
                double rawMs = ms(t3);
                long t4 = System.nanoTime();
                try (Store empty = Store.open(root.resolve("restore-" + i))) {
                    new BackupService(empty, Clock.systemUTC()).restore(admin, last.file(), PASSWORD, false);
                }
                double restoreMs = ms(t4);
                long t5 = System.nanoTime();
                try (Store full = Store.open(root.resolve("restore-" + i))) {
                    new BackupService(full, Clock.systemUTC()).restore(admin, last.file(), PASSWORD, false);
                }
                double overMs = ms(t5);
                // one automatic backup a day: a clock a day further each run, so each one is due
                Clock day = Clock.offset(Clock.systemUTC(), java.time.Duration.ofDays(i));
                long t6 = System.nanoTime();
                AutomaticBackups.dailyIfDue(s, day).orElseThrow();
                double dailyMs = ms(t6);
                if (i >= WARM_UPS) {
                    add(times, "backup create (write + fsync + full read-back verify + rename + ledger)", backupMs);
                    add(times, "backup verify alone", verifyMs);
                    add(times, "plain copy of the backup's bytes + fsync", copyMs);
                    add(times, "plain copy of the H2 file + fsync", rawMs);
                    add(times, "restore into an empty store (open + verify + load + migrate + checks + swap)", restoreMs);
                    add(times, "restore over a store with data (the same + the safety backup of the replaced data)",
                            overMs);
                    add(times, "automatic daily backup into <data>/backups (store's key, ledger, rotation)", dailyMs);
                }
            }
            backupBytes = last.bytes();
            rows = last.manifest().totalRows();
        }
        out.printf("JDK %s, %d CPUs; demo THCS school: %d rows, H2 file %,d bytes, backup file %,d bytes%n%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), rows, dbBytes, backupBytes);
        out.println("| step | run 1 (ms) | run 2 (ms) | run 3 (ms) | median (ms) |");
        out.println("|---|---:|---:|---:|---:|");
        times.forEach((step, ms) -> {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n", step, ms.get(0), ms.get(1), ms.get(2),
                    sorted[sorted.length / 2]);
        });
    }

    private static void add(Map<String, List<Double>> times, String step, double ms) {
        times.computeIfAbsent(step, k -> new ArrayList<>()).add(ms);
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static void copyAndSync(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from);
             FileChannel ch = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream o = java.nio.channels.Channels.newOutputStream(ch);
            in.transferTo(o);
            o.flush();
            ch.force(true);
        }
    }
}
