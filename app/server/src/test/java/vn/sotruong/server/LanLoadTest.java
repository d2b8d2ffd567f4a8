package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.wire.Wire.LoginAnswer;

/**
 * 40 paired workstations saving at once over TLS on loopback: every save of a workstation's own cell lands, and
 * when all of them save the same cell from the same version exactly one wins and every other is told who changed
 * it — no lost or silently overwritten update. Latencies are written to {@code target/lan-load.txt}.
 */
class LanLoadTest extends LanFixture {
    private static final int WORKSTATIONS = 40;
    private static final int SAVES_EACH = 10;
    private static final SheetRef TOAN = SheetRef.subject("TOAN");

    private record Desk(OfficeClient client, LoginAnswer session, long pupil) {
    }

    @Test
    void fortyWorkstationsSaveAtOnceWithoutLosingOrOverwritingAnything() throws Exception {
        List<Long> pupils = new ArrayList<>(List.of(an, binh));
        for (int i = pupils.size(); i < WORKSTATIONS; i++) {
            pupils.add(admit(String.format("HS%03d", i + 1), "Học Sinh Số " + (i + 1)));
        }
        List<Desk> desks = new ArrayList<>();
        for (int i = 0; i < WORKSTATIONS; i++) {
            OfficeClient c = client(pairedWorkstation("Máy " + (i + 1)));
            desks.add(new Desk(c, c.login(ADMIN, PASSWORD.toCharArray()), pupils.get(i)));
        }
        // one workstation alone first (warms up the service; its latency is the baseline of the report)
        List<Long> alone = new ArrayList<>();
        Desk first = desks.getFirst();
        for (int k = 0; k < 20; k++) {
            long t0 = System.nanoTime();
            first.client().save(first.session(), c7a, TOAN,
                    List.of(new CellEdit(first.pupil(), ColumnLayout.tx(1, 3), String.valueOf(k % 10), k)));
            alone.add(System.nanoTime() - t0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(WORKSTATIONS);
        try {
            // each workstation types SAVES_EACH scores into its own pupil's cells, all at once
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            long start = System.nanoTime();
            for (Desk d : desks) {
                runs.add(pool.submit((Callable<Void>) () -> {
                    go.await();
                    int version = 0;
                    for (int k = 0; k < SAVES_EACH; k++) {
                        String score = String.valueOf(k % 10) + ",5";
                        long t0 = System.nanoTime();
                        d.client().save(d.session(), c7a, TOAN,
                                List.of(new CellEdit(d.pupil(), ColumnLayout.tx(1, 1), score, version)));
                        latencies.add(System.nanoTime() - t0);
                        version++;
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : runs) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Sheet sheet = s.gradebook().sheet(admin, c7a, TOAN);
            for (long p : pupils) {
                assertThat(sheet.row(p).orElseThrow().text(ColumnLayout.tx(1, 1))).isEqualTo((SAVES_EACH - 1) + ".5");
                assertThat(sheet.row(p).orElseThrow().version(ColumnLayout.tx(1, 1))).isEqualTo(SAVES_EACH);
            }

            // then all of them save the same cell, each from the version it read: one wins, 39 are told
            AtomicInteger saved = new AtomicInteger();
            List<Object> conflicts = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch again = new CountDownLatch(1);
            runs.clear();
            for (int i = 0; i < desks.size(); i++) {
                Desk d = desks.get(i);
                // a different value each: the same value again by the same login is an idempotent retry (ADR 0026)
                String score = (i / 5) + "," + (i % 5) * 2;
                runs.add(pool.submit((Callable<Void>) () -> {
                    again.await();
                    try {
                        d.client().save(d.session(), c7a, TOAN, List.of(new CellEdit(an, ColumnLayout.tx(1, 2), score, 0)));
                        saved.incrementAndGet();
                    } catch (EntriesRefused e) {
                        conflicts.add(e.problems().getFirst().args());
                    }
                    return null;
                }));
            }
            again.countDown();
            for (Future<?> f : runs) {
                f.get();
            }
            assertThat(saved.get()).isEqualTo(1);
            assertThat(conflicts).hasSize(WORKSTATIONS - 1);
            String winner = s.gradebook().sheet(admin, c7a, TOAN).row(an).orElseThrow().text(ColumnLayout.tx(1, 2));
            assertThat(conflicts).allSatisfy(args -> assertThat(args).isEqualTo(List.of(ADMIN, winner)));

            report(alone, latencies, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(List<Long> alone, List<Long> nanos, double seconds) throws IOException {
        List<Long> one = new ArrayList<>(alone);
        Collections.sort(one);
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        String line = String.format(Locale.ROOT, "one workstation alone, 20 saves: p50 %.1f ms; %d workstations x %d "
                        + "saves at once: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f saves/s (%d cores, load %.1f, %s)%n",
                ms(one, 0.5), WORKSTATIONS, SAVES_EACH, ms(sorted, 0.5), ms(sorted, 0.99), sorted.getLast() / 1e6,
                sorted.size() / seconds, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                java.time.Instant.now());
        Path out = Path.of("target", "lan-load.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(sorted.size() * quantile) - 1) / 1e6;
    }
}
