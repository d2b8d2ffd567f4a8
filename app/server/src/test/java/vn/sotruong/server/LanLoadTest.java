package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.EntryChange;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.RowView;
import vn.sotruong.server.wire.Wire.SaveAnswer;

/**
 * 40 paired and approved workstations, each with its own session (half signed in as the Toán teacher, half as the
 * administrator), saving at once over TLS on loopback. At the same time every workstation types into its own
 * pupil's cell (distinct) and into one of four cells all of them share (overlapping), the way a grid does: with the
 * version it last saw, reading the sheet again after a refusal. Afterwards: every own cell holds its last score;
 * for every shared cell the accepted saves are exactly the cell's history, in version order, each replacing the
 * previous one's value (no lost or silently overwritten update); every refusal named who changed the cell and to
 * what. Then all 40 save the same cell from the same version: one wins, 39 are told the winner. Latencies are
 * written to {@code target/lan-load.txt}.
 */
class LanLoadTest extends LanFixture {
    private static final int WORKSTATIONS = 40;
    private static final int SAVES_EACH = 6;
    private static final SheetRef TOAN = SheetRef.subject("TOAN");
    private static final String OWN = ColumnLayout.tx(1, 1);

    private record Desk(OfficeClient client, LoginAnswer session, long pupil) {
    }

    private record Cell(long pupil, String slot) {
    }

    /** A save the office PC accepted: the cell's version after it, the text, who. */
    private record Accepted(int version, String text, String by) {
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
            desks.add(new Desk(c, c.login(i % 2 == 0 ? "gv.toan" : ADMIN, PASSWORD.toCharArray()), pupils.get(i)));
        }
        assertThat(desks.stream().map(d -> d.session().token()).distinct()).hasSize(WORKSTATIONS);
        List<Cell> shared = List.of(new Cell(an, ColumnLayout.tx(1, 2)), new Cell(an, ColumnLayout.tx(1, 3)),
                new Cell(binh, ColumnLayout.tx(1, 2)), new Cell(binh, ColumnLayout.tx(1, 3)));

        // one workstation alone first (warms up the service; its latency is the baseline of the report)
        List<Long> alone = new ArrayList<>();
        Desk first = desks.getFirst();
        for (int k = 0; k < 20; k++) {
            long t0 = System.nanoTime();
            first.client().save(first.session(), c7a, TOAN,
                    List.of(new CellEdit(first.pupil(), ColumnLayout.tx(1, 4), String.valueOf(k % 10), k)));
            alone.add(System.nanoTime() - t0);
        }

        ExecutorService pool = Executors.newFixedThreadPool(WORKSTATIONS);
        try {
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<Cell, List<Accepted>> accepted = new ConcurrentHashMap<>();
            shared.forEach(c -> accepted.put(c, Collections.synchronizedList(new ArrayList<>())));
            List<CellProblem> refusals = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < desks.size(); i++) {
                Desk d = desks.get(i);
                int desk = i;
                runs.add(pool.submit((Callable<Void>) () -> {
                    go.await();
                    Map<Cell, Integer> seen = new HashMap<>();
                    shared.forEach(c -> seen.put(c, 0));
                    for (int k = 0; k < SAVES_EACH; k++) {
                        String own = (k % 10) + ",5";
                        long t0 = System.nanoTime();
                        SaveAnswer mine = d.client().save(d.session(), c7a, TOAN,
                                List.of(new CellEdit(d.pupil(), OWN, own, k)));
                        latencies.add(System.nanoTime() - t0);
                        assertThat(mine.rows().getFirst().cells().get(OWN).version()).isEqualTo(k + 1);

                        Cell c = shared.get((desk + k) % shared.size());
                        String text = (desk % 10) + "," + (k % 10);
                        try {
                            t0 = System.nanoTime();
                            SaveAnswer a = d.client().save(d.session(), c7a, TOAN,
                                    List.of(new CellEdit(c.pupil(), c.slot(), text, seen.get(c))));
                            latencies.add(System.nanoTime() - t0);
                            RowView row = a.rows().getFirst();
                            if (a.changed() == 1) {
                                accepted.get(c).add(new Accepted(row.cells().get(c.slot()).version(),
                                        row.cells().get(c.slot()).text(), d.session().login()));
                            }
                            seen.put(c, row.cells().get(c.slot()).version());
                        } catch (EntriesRefused e) {
                            refusals.addAll(e.problems());
                            // what a grid does after a refusal: read the sheet again, show the new value
                            d.client().sheet(d.session(), c7a, TOAN).rows().stream()
                                    .filter(r -> r.pupilId() == c.pupil()).findFirst()
                                    .ifPresent(r -> seen.put(c, r.cells().get(c.slot()).version()));
                        }
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
                assertThat(sheet.row(p).orElseThrow().text(OWN)).isEqualTo((SAVES_EACH - 1) + ".5");
                assertThat(sheet.row(p).orElseThrow().version(OWN)).isEqualTo(SAVES_EACH);
            }
            for (Cell c : shared) {
                List<Accepted> saves = new ArrayList<>(accepted.get(c));
                saves.sort(java.util.Comparator.comparingInt(Accepted::version));
                List<EntryChange> history = s.gradebook().history(admin, c7a, TOAN, c.pupil(), c.slot());
                assertThat(saves).as("versions of %s", c).extracting(Accepted::version)
                        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, saves.size()).boxed()
                                .toList());
                assertThat(history).as("history of %s", c).hasSameSizeAs(saves);
                for (int j = 0; j < history.size(); j++) {
                    assertThat(history.get(j).newValue()).isEqualTo(saves.get(j).text());
                    assertThat(history.get(j).changedBy()).isEqualTo(saves.get(j).by());
                    assertThat(history.get(j).oldValue()).as("each save replaces the one before it")
                            .isEqualTo(j == 0 ? null : history.get(j - 1).newValue());
                }
                assertThat(sheet.row(c.pupil()).orElseThrow().version(c.slot())).isEqualTo(saves.size());
            }
            assertThat(refusals).as("the shared cells were really contended").isNotEmpty();
            assertThat(refusals).allSatisfy(p -> {
                assertThat(p.code()).isEqualTo("gradebook.changedMeanwhile");
                assertThat(p.args().get(0)).isIn("gv.toan", ADMIN);
                assertThat((String) p.args().get(1)).matches("\\d(\\.\\d)?");
            });

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
                        d.client().save(d.session(), c7a, TOAN, List.of(new CellEdit(binh, ColumnLayout.tx(1, 4),
                                score, 0)));
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
            var winner = s.gradebook().sheet(admin, c7a, TOAN).row(binh).orElseThrow().cells()
                    .get(ColumnLayout.tx(1, 4));
            assertThat(conflicts).allSatisfy(args -> assertThat(args)
                    .isEqualTo(List.of(winner.enteredBy(), winner.value().text())));

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
        String line = String.format(Locale.ROOT, "one workstation alone, 20 saves: p50 %.1f ms; %d workstations, "
                        + "%d saves at once (own and shared cells): p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f saves/s "
                        + "(%d cores, load %.1f, %s)%n",
                ms(one, 0.5), WORKSTATIONS, sorted.size(), ms(sorted, 0.5), ms(sorted, 0.99), sorted.getLast() / 1e6,
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
