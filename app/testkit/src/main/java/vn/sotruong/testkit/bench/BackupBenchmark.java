package vn.sotruong.testkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * Plain harness (run with {@code -Pbench}): the THCS demo school's backup (write + flush + read-back check +
 * rename + ledger + rotation), a full verify alone, a restore into an empty store, a restore over a store with
 * data (which first backs that data up) and the automatic daily backup, against a plain copy of the same
 * store's bytes (the H2 file) with fsync into the same folder the backup goes to, and a plain copy of the
 * backup file. One warm-up, five measured runs; for each step the median wall time, the main thread's CPU
 * time (H2 runs embedded in it) and the process's CPU time, and the load average before and after — the build
 * box is shared. Prints Markdown tables for docs/benchmarks.md.
 */
public final class BackupBenchmark {
    private static final int WARM_UPS = 1;
    private static final int RUNS = 5;
    private static final char[] PASSWORD = "SaoLuu#2026".toCharArray();

    private BackupBenchmark() {
    }

    /** One step's cost: wall, main-thread CPU and whole-process CPU, in milliseconds. */
    private record Cost(double wall, double cpu, double process) {
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Files.createTempDirectory("sotruong-bench-");
        Path school = root.resolve("school");
        Map<String, List<Cost>> times = new LinkedHashMap<>();
        long backupBytes;
        long dbBytes;
        long rows;
        double loadBefore;
        try (Store s = Store.open(school)) {
            DemoSchoolGenerator.generate(s.services(), DemoOptions.thcs(), LocalDate.of(2026, 11, 22));
            Actor admin = s.services().auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "bench")
                    .actor();
            BackupService service = new BackupService(s, Clock.systemUTC());
            s.checkpoint();
            dbBytes = Files.size(school.resolve("sotruong.mv.db"));
            loadBefore = load();
            BackupWritten[] last = new BackupWritten[1];
            for (int i = 0; i < WARM_UPS + RUNS; i++) {
                int run = i;
                Path usb = Files.createDirectories(root.resolve("usb-" + i));
                Cost backup = time(() -> last[0] = service.create(admin, usb, PASSWORD));
                Cost verify = time(() -> new BackupVerifier().verify(last[0].file(), PASSWORD));
                // the same store's bytes, fsynced, into the same folder as the backup
                Cost raw = time(() -> copyAndSync(school.resolve("sotruong.mv.db"), usb.resolve("raw.mv.db")));
                Cost copy = time(() -> copyAndSync(last[0].file(), usb.resolve("plain.bin")));
                Cost restore = time(() -> {
                    try (Store empty = Store.open(root.resolve("restore-" + run))) {
                        new BackupService(empty, Clock.systemUTC()).restore(admin, last[0].file(), PASSWORD, false);
                    }
                });
                Cost over = time(() -> {
                    try (Store full = Store.open(root.resolve("restore-" + run))) {
                        new BackupService(full, Clock.systemUTC()).restore(admin, last[0].file(), PASSWORD, false);
                    }
                });
                // one automatic backup a day: a clock a day further each run, so each one is due
                Clock day = Clock.offset(Clock.systemUTC(), java.time.Duration.ofDays(i));
                Cost daily = time(() -> AutomaticBackups.dailyIfDue(s, day).orElseThrow());
                if (i >= WARM_UPS) {
                    add(times, "backup create (write + fsync + read-back check + rename + ledger)", backup);
                    add(times, "plain copy of the H2 file + fsync, same folder", raw);
                    add(times, "backup verify alone (full: decrypt, inflate, every hash and row count)", verify);
                    add(times, "plain copy of the backup's bytes + fsync", copy);
                    add(times, "restore into an empty store (open + verify + load + migrate + checks + swap)", restore);
                    add(times, "restore over a store with data (the same + the safety backup of the replaced data)",
                            over);
                    add(times, "automatic daily backup into <data>/backups (store's key, ledger, rotation)", daily);
                }
                Files.deleteIfExists(usb.resolve("raw.mv.db"));
            }
            backupBytes = last[0].bytes();
            rows = last[0].manifest().totalRows();
        }
        out.printf("JDK %s, %d CPUs; load average %.1f before, %.1f after; demo THCS school: %d rows, H2 file %,d bytes,"
                        + " backup file %,d bytes%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                loadBefore, load(), rows, dbBytes, backupBytes);
        out.println("| step | wall, runs (ms) | median wall (ms) | median CPU, main thread (ms) | median CPU, process (ms) |");
        out.println("|---|---|---:|---:|---:|");
        times.forEach((step, costs) -> out.printf("| %s | %s | %.1f | %.1f | %.1f |%n", step,
                String.join(", ", costs.stream().map(c -> String.format("%.0f", c.wall())).toList()),
                median(costs, Cost::wall), median(costs, Cost::cpu), median(costs, Cost::process)));
        double backup = median(times.get("backup create (write + fsync + read-back check + rename + ledger)"), Cost::wall);
        double raw = median(times.get("plain copy of the H2 file + fsync, same folder"), Cost::wall);
        out.printf("%nbackup / plain copy of the H2 file: %.1f× (wall medians)%n", backup / raw);
    }

    private static Cost time(Step step) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long process = processCpu();
        step.run();
        return new Cost((System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
                (processCpu() - process) / 1e6);
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(List<Cost> costs, java.util.function.ToDoubleFunction<Cost> of) {
        double[] sorted = costs.stream().mapToDouble(of).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static void add(Map<String, List<Cost>> times, String step, Cost cost) {
        times.computeIfAbsent(step, k -> new ArrayList<>()).add(cost);
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
