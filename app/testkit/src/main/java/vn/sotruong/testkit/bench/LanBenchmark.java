package vn.sotruong.testkit.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.lan.WorkstationService;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.StaffAccount;
import vn.sotruong.server.OfficeServer;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.tls.OfficeCertificate;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.RowView;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SheetView;
import vn.sotruong.testkit.TempStore;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchool;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * Plain harness (run with {@code -Pbench}): the office PC's LAN service on 127.0.0.1 over the THCS demo school with
 * its year of entries, and 40 paired workstations in this JVM, each signed in as a different subject teacher with
 * the grid of one of his classes open. Two loads: <b>paced</b> — every workstation saves one score every
 * {@value #PACE_MS} ms (a fast typist; 40 × that is the computer room at its busiest), and <b>flat out</b> — every
 * workstation saves again as soon as the answer comes. Prints p50 / p99 / max save latency (wall, as the teacher
 * waits for it), saves per second, the process's CPU time per save and the load average.
 */
public final class LanBenchmark {
    static final int WORKSTATIONS = 40;
    static final int PACE_MS = 500;
    private static final int SAVES_EACH = 40;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private LanBenchmark() {
    }

    /** One workstation: its client, its teacher's session, the sheet it types into and the cells' versions. */
    private record Desk(OfficeClient client, LoginAnswer session, long classId, SheetRef ref, List<Long> pupils,
                        Map<Long, Integer> versions, Map<Long, String> texts) {
    }

    private record Run(List<Long> nanos, double seconds, long cpuNanos) {
    }

    /** {@code args}: {@code paced}, {@code flat} or nothing for both. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (TempStore temp = TempStore.open()) {
            CoreServices s = temp.services();
            DemoSchool demo = DemoSchoolGenerator.generate(s, DemoOptions.thcs(), TODAY);
            s.stores().settings().put(LockService.AUTOMATIC, "false");
            Actor admin = s.auth().login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD.toCharArray(), "bench").actor();
            OfficeCertificate certificate = OfficeCertificate.loadOrCreate(temp.dir(), demo.school().name(),
                    Clock.systemUTC());
            try (OfficeServer server = OfficeServer.start(s, temp.store().workstations(), certificate, "127.0.0.1", 0,
                    Clock.systemUTC())) {
                OfficeAddress address = new OfficeAddress("127.0.0.1", server.port());
                List<Desk> desks = desks(s, temp.store().workstations(), admin, demo, address);
                out.printf("demo THCS school, %d workstations paired and signed in as %d teachers%n", desks.size(),
                        desks.size());
                String mode = args.length == 0 ? "both" : args[0];
                run(desks, 5, 0); // warm-up
                if (!mode.equals("flat")) {
                    Run paced = run(desks, SAVES_EACH, PACE_MS);
                    report(out, "paced: each workstation saves one score every " + PACE_MS + " ms", paced);
                }
                if (!mode.equals("paced")) {
                    Run flat = run(desks, SAVES_EACH, 0);
                    report(out, "flat out: each workstation saves again as soon as the answer comes", flat);
                }
            }
        }
    }

    private static List<Desk> desks(CoreServices s, WorkstationService lan, Actor admin, DemoSchool demo,
                                    OfficeAddress address) {
        Map<Long, String> logins = new HashMap<>();
        for (StaffAccount a : s.accounts().staffAccounts(admin)) {
            logins.put(a.staffId(), a.login());
        }
        Map<Long, SchoolClass> classes = new HashMap<>();
        s.organisation().classes(admin, demo.yearId()).forEach(c -> classes.put(c.id(), c));
        Map<Long, String> subjectCodes = new HashMap<>();
        s.years().subjects(demo.yearId()).forEach(x -> subjectCodes.put(x.id(), x.code()));
        Set<Long> teachers = new HashSet<>();
        List<Desk> desks = new ArrayList<>();
        for (TeachingAssignment a : s.organisation().assignments(admin, demo.yearId())) {
            String login = logins.get(a.staffId());
            if (desks.size() == WORKSTATIONS || login == null || !teachers.add(a.staffId())) {
                continue;
            }
            SheetRef ref = SheetRef.subject(subjectCodes.get(a.subjectId()));
            WorkstationPairing p = OfficeClient.requestPairing(address, "Phòng máy " + (desks.size() + 1),
                    Locale.forLanguageTag("vi-VN"));
            lan.approveByCode(admin, p.code());
            OfficeClient client = OfficeClient.paired(p, Locale.forLanguageTag("vi-VN"));
            LoginAnswer session = client.login(login, DemoAccounts.PASSWORD.toCharArray());
            SheetView sheet = client.sheet(session, a.classId(), ref);
            if (!sheet.editable() || sheet.columns().stream().noneMatch(c -> c.slot().equals(slot()))) {
                continue;
            }
            List<Long> pupils = new ArrayList<>();
            Map<Long, Integer> versions = new HashMap<>();
            Map<Long, String> texts = new HashMap<>();
            for (RowView r : sheet.rows()) {
                if (r.current()) {
                    pupils.add(r.pupilId());
                    var cell = r.cells().get(slot());
                    versions.put(r.pupilId(), cell == null ? 0 : cell.version());
                    texts.put(r.pupilId(), cell == null ? "" : String.valueOf(cell.text()));
                }
            }
            desks.add(new Desk(client, session, a.classId(), ref, pupils, versions, texts));
        }
        if (desks.size() < WORKSTATIONS) {
            throw new IllegalStateException("only " + desks.size() + " teachers with a class to type into");
        }
        return desks;
    }

    private static String slot() {
        return ColumnLayout.tx(2, 1);
    }

    private static Run run(List<Desk> desks, int savesEach, int paceMs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(desks.size());
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < desks.size(); i++) {
            Desk d = desks.get(i);
            long offset = paceMs == 0 ? 0 : (long) paceMs * i / desks.size(); // the room does not type in step
            runs.add(pool.submit(() -> {
                go.await();
                long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(offset);
                for (int k = 0; k < savesEach; k++) {
                    if (paceMs > 0) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        }
                        next += TimeUnit.MILLISECONDS.toNanos(paceMs);
                    }
                    long pupil = d.pupils().get(k % d.pupils().size());
                    int seen = d.versions().get(pupil);
                    String text = d.texts().get(pupil).equals("7.5") ? "8,5" : "7,5"; // always a change
                    long t0 = System.nanoTime();
                    SaveAnswer a = d.client().save(d.session(), d.classId(), d.ref(),
                            List.of(new CellEdit(pupil, slot(), text, seen)));
                    nanos.add(System.nanoTime() - t0);
                    if (a.changed() != 1) {
                        throw new IllegalStateException("saved " + a.changed() + " cells, not 1");
                    }
                    d.versions().put(pupil, seen + 1);
                    d.texts().put(pupil, text.replace(',', '.'));
                }
                return null;
            }));
        }
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        go.countDown();
        try {
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Run(nanos, (System.nanoTime() - t0) / 1e9, processCpu() - cpu0);
    }

    private static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        return t.getCurrentThreadCpuTime();
    }

    private static void report(PrintStream out, String what, Run r) {
        List<Long> sorted = new ArrayList<>(r.nanos());
        Collections.sort(sorted);
        out.printf("JDK %s, %d CPUs, load average %.1f%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "| %s | %d saves | p50 %.1f ms | p99 %.1f ms | max %.1f ms | %.0f saves/s | %.1f ms CPU "
                        + "per save (client and server) |%n", what, sorted.size(), ms(sorted, 0.5), ms(sorted, 0.99),
                sorted.getLast() / 1e6, sorted.size() / r.seconds(), r.cpuNanos() / 1e6 / sorted.size());
    }

    static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(sorted.size() * quantile) - 1) / 1e6;
    }
}
