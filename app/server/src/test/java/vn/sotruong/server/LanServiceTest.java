package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.lan.WorkstationStatus;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.tls.OfficeCertificate;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SheetView;

/** The office PC's LAN service end to end: real TLS on 127.0.0.1, a real store, the real services. */
class LanServiceTest extends LanFixture {
    private static final SheetRef TOAN = SheetRef.subject("TOAN");
    private static final String TX1 = ColumnLayout.tx(1, 1);

    @Test
    void bothScreensShowTheSameCodeAndOnlyTheApprovedWorkstationSignsIn() {
        WorkstationPairing p = OfficeClient.requestPairing(address, "Phòng máy 1", Locale.ROOT);
        var waiting = store.workstations().list(admin);
        assertThat(waiting).singleElement().satisfies(w -> {
            assertThat(w.pairingCode()).isEqualTo(p.code()).matches("\\d{6}");
            assertThat(w.status()).isEqualTo(WorkstationStatus.PENDING);
            assertThat(w.address()).isEqualTo("127.0.0.1");
        });
        assertThat(p.fingerprint()).isEqualTo(certificate.fingerprint());
        OfficeClient ws = client(p);
        assertThat(code(() -> ws.login("gv.toan", PASSWORD.toCharArray()))).isEqualTo("lan.pairingPending");
        assertThat(ws.pairingStatus().status()).isEqualTo("PENDING");

        store.workstations().approveByCode(admin, p.code());

        assertThat(ws.pairingStatus().status()).isEqualTo("APPROVED");
        LoginAnswer session = ws.login("gv.toan", PASSWORD.toCharArray());
        assertThat(session.fullName()).isEqualTo("Phạm Văn Toán");
        assertThat(session.idleSeconds()).isPositive();
        List<AuditEntry> trail = s.audit().latest(admin, 1000);
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.WORKSTATION_APPROVED);
            assertThat(e.actorLogin()).isEqualTo(ADMIN);
        });
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.LOGIN);
            assertThat(e.actorLogin()).isEqualTo("gv.toan");
            assertThat(e.workstation()).isEqualTo("máy trạm " + p.workstationId() + ": Phòng máy 1");
        });
    }

    @Test
    void anUnpairedWorkstationIsRefusedAndChangesNothing() {
        WorkstationPairing stranger = new WorkstationPairing(address, certificate.der(),
                "a-secret-the-office-pc-has-never-seen-0123456789", 99);
        OfficeClient ws = client(stranger);
        int events = s.audit().latest(admin, 1000).size();
        assertThat(code(() -> ws.login("gv.toan", PASSWORD.toCharArray()))).isEqualTo("lan.notPaired");
        assertThat(code(ws::pairingStatus)).isEqualTo("lan.notPaired");
        assertThat(store.workstations().list(admin)).isEmpty();
        assertThat(s.audit().latest(admin, 1000)).as("no sign-in was even tried").hasSize(events);
    }

    @Test
    void aRevokedWorkstationIsRefusedAtItsNextCall() {
        WorkstationPairing p = pairedWorkstation("Phòng máy 2");
        OfficeClient ws = client(p);
        LoginAnswer session = ws.login("gv.toan", PASSWORD.toCharArray());
        assertThat(ws.sheet(session, c7a, TOAN).rows()).hasSize(2);

        store.workstations().revoke(admin, p.workstationId());

        assertThat(code(() -> ws.sheet(session, c7a, TOAN))).isEqualTo("lan.revoked");
        assertThat(code(() -> ws.login("gv.toan", PASSWORD.toCharArray()))).isEqualTo("lan.revoked");
        assertThat(code(() -> OfficeClient.requestPairing(address, "Phòng máy 2", Locale.ROOT)))
                .as("a new request with a new secret is a new workstation, waiting again").isEqualTo("ok");
    }

    @Test
    void aWorkstationTalksOnlyToThePinnedCertificate() {
        WorkstationPairing p = pairedWorkstation("Phòng máy 3");
        byte[] other = OfficeCertificate.loadOrCreate(dir.resolve("other"), "Trường khác", clock).der();
        OfficeClient impostorPinned = client(new WorkstationPairing(address, other, p.secret(), p.workstationId()));
        assertThat(code(() -> impostorPinned.login("gv.toan", PASSWORD.toCharArray())))
                .isEqualTo("lan.certificateChanged");
        assertThat(s.audit().latest(admin, 1000)).noneMatch(e -> e.kind() == AuditKind.LOGIN
                && e.actorLogin().equals("gv.toan") && !e.workstation().equals("test"));
    }

    @Test
    void theSecondSaveOfTheSameCellIsRefusedWithWhoChangedItAndToWhat() {
        OfficeClient ws1 = client(pairedWorkstation("Phòng máy 1"));
        OfficeClient ws2 = client(pairedWorkstation("Phòng máy 2"));
        LoginAnswer toan = ws1.login("gv.toan", PASSWORD.toCharArray());
        LoginAnswer office = ws2.login(ADMIN, PASSWORD.toCharArray());
        SheetView seen1 = ws1.sheet(toan, c7a, TOAN);
        SheetView seen2 = ws2.sheet(office, c7a, TOAN);
        assertThat(seen1.editable()).isTrue();
        int version = version(seen1, an);
        assertThat(version(seen2, an)).isEqualTo(version).isZero();

        SaveAnswer first = ws1.save(toan, c7a, TOAN, List.of(new CellEdit(an, TX1, "8,5", version)));
        assertThat(first.changed()).isEqualTo(1);
        assertThat(first.rows()).singleElement().satisfies(row -> {
            assertThat(row.pupilId()).isEqualTo(an);
            assertThat(row.cells().get(TX1).text()).isEqualTo("8.5");
            assertThat(row.cells().get(TX1).version()).isEqualTo(1);
        });
        assertThat(first.results()).singleElement().satisfies(r -> assertThat(r.hk1().status()).isEqualTo("INCOMPLETE"));

        assertThatThrownBy(() -> ws2.save(office, c7a, TOAN, List.of(new CellEdit(an, TX1, "6", version))))
                .isInstanceOfSatisfying(EntriesRefused.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.code()).isEqualTo("gradebook.changedMeanwhile");
                            assertThat(problem.args()).containsExactly("gv.toan", "8.5");
                            assertThat(problem.pupilId()).isEqualTo(an);
                        }));
        assertThat(text(s.gradebook().sheet(admin, c7a, TOAN), an)).isEqualTo("8.5");
        assertThat(s.audit().latest(admin, 1000)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.SCORE_CHANGED);
            assertThat(e.workstation()).startsWith("máy trạm ").endsWith("Phòng máy 1");
        });
    }

    @Test
    void aTeacherCannotReachAnotherSubjectByChangingTheRequest() {
        OfficeClient ws = client(pairedWorkstation("Phòng máy 1"));
        LoginAnswer van = ws.login("gv.van", PASSWORD.toCharArray());
        assertThat(code(() -> ws.sheet(van, c7a, TOAN))).startsWith("scope.");
        assertThat(code(() -> ws.save(van, c7a, TOAN, List.of(new CellEdit(an, TX1, "10", 0)))))
                .startsWith("scope.");
        assertThat(text(s.gradebook().sheet(admin, c7a, TOAN), an)).isNull();
    }

    @Test
    void aSessionEndsAfterTheIdleTimeAndIsBoundToItsWorkstation() {
        OfficeClient ws1 = client(pairedWorkstation("Phòng máy 1"));
        OfficeClient ws2 = client(pairedWorkstation("Phòng máy 2"));
        LoginAnswer session = ws1.login("gv.toan", PASSWORD.toCharArray());
        Duration idle = Duration.ofSeconds(session.idleSeconds());

        assertThat(code(() -> ws2.sheet(session, c7a, TOAN))).isEqualTo("lan.sessionUnknown");
        clock.advance(idle.minusMinutes(1));
        assertThat(code(() -> ws1.sheet(session, c7a, TOAN))).as("used: the idle time starts again").isEqualTo("ok");
        clock.advance(idle.minusMinutes(1));
        assertThat(code(() -> ws1.sheet(session, c7a, TOAN))).isEqualTo("ok");
        clock.advance(idle.plusSeconds(1));
        assertThat(code(() -> ws1.sheet(session, c7a, TOAN))).isEqualTo("lan.sessionExpired");
        assertThat(code(() -> ws1.sheet(session, c7a, TOAN))).isEqualTo("lan.sessionUnknown");
        assertThat(code(() -> ws1.login("gv.toan", PASSWORD.toCharArray()))).isEqualTo("ok");
    }

    @Test
    void aWrongPasswordFromAWorkstationIsRefusedAndLoggedWithTheWorkstation() {
        WorkstationPairing p = pairedWorkstation("Phòng máy 1");
        OfficeClient ws = client(p);
        assertThat(code(() -> ws.login("gv.toan", "sai-mat-khau".toCharArray()))).isEqualTo("auth.invalidCredentials");
        assertThat(s.audit().latest(admin, 1000)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.LOGIN_FAILED);
            assertThat(e.workstation()).isEqualTo("máy trạm " + p.workstationId() + ": Phòng máy 1");
        });
    }

    private static int version(SheetView sheet, long pupil) {
        var cell = row(sheet, pupil).cells().get(TX1);
        return cell == null ? 0 : cell.version();
    }

    private static String text(SheetView sheet, long pupil) {
        var cell = row(sheet, pupil).cells().get(TX1);
        return cell == null ? null : cell.text();
    }

    private static String text(vn.sotruong.core.gradebook.Sheet sheet, long pupil) {
        return sheet.row(pupil).orElseThrow().text(TX1);
    }

    private static vn.sotruong.server.wire.Wire.RowView row(SheetView sheet, long pupil) {
        return sheet.rows().stream().filter(r -> r.pupilId() == pupil).findFirst().orElseThrow();
    }
}
