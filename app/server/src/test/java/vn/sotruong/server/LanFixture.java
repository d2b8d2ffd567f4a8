package vn.sotruong.server;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.MutableClock;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.tls.OfficeCertificate;

/**
 * A real office PC for LAN tests: a store in a temp folder with a small THCS school (class 7A, three pupils, a Toán
 * teacher and a Văn teacher), its own certificate, and the HTTPS service on an ephemeral port of 127.0.0.1. The
 * service's clock is the test's, moved by hand.
 */
abstract class LanFixture {
    static final String PASSWORD = "MatKhau#2026";
    static final String ADMIN = "quantri";

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));
    Store store;
    CoreServices s;
    Actor admin;
    long c7a;
    long an;
    long binh;
    OfficeCertificate certificate;
    OfficeServer server;
    OfficeAddress address;

    @BeforeEach
    void startOffice() {
        store = Store.open(dir.resolve("office"), clock);
        s = store.services();
        s.setup().initialise(new SchoolInit(new School("Trường THCS Chu Văn An", "79000701", "TP. Hồ Chí Minh",
                "Quận 1", SchoolLevel.THCS, "Nguyễn Thị Hạnh", false), 2026, ADMIN, "Trần Quốc Toản",
                PASSWORD.toCharArray()));
        admin = s.auth().login(ADMIN, PASSWORD.toCharArray(), "test").actor();
        s.stores().settings().put(LockService.AUTOMATIC, "false");
        long year = s.years().currentYear().orElseThrow().id();
        Actor toan = person("gv.toan", "Phạm Văn Toán");
        person("gv.van", "Đỗ Thị Văn");
        c7a = s.organisation().addClass(admin, year, 7, "7A", null);
        long toanId = s.years().subjects(year).stream().filter(x -> x.code().equals("TOAN")).findFirst()
                .orElseThrow().id();
        s.organisation().assign(admin, year, c7a, toanId, toan.staffId());
        an = admit("HS001", "Lê Văn An");
        binh = admit("HS002", "Trần Thị Bình");
        certificate = OfficeCertificate.loadOrCreate(store.dataDir(), "Trường THCS Chu Văn An", clock);
        server = OfficeServer.start(s, store.workstations(), store.roomSchedule(), certificate, "127.0.0.1", 0,
                clock);
        address = new OfficeAddress("127.0.0.1", server.port());
    }

    @AfterEach
    void stopOffice() {
        server.close();
        store.close();
    }

    private Actor person(String login, String name) {
        s.accounts().addPerson(admin, new NewPerson(name, login, Set.of(Role.GVBM), null, null,
                "TamThoi#123".toCharArray()));
        Actor first = s.auth().login(login, "TamThoi#123".toCharArray(), "test").actor();
        return s.auth().changeOwnPassword(first, "TamThoi#123".toCharArray(), PASSWORD.toCharArray());
    }

    long admit(String code, String name) {
        return s.pupils().admit(admin, c7a, new Pupil(0, code, name, LocalDate.of(2013, 4, 2), Gender.NAM, "Huế",
                "Kinh", "Phường An Cựu", false, new Parent("Lê Văn Cha", null, null), null, null, null, null, null),
                LocalDate.of(2026, 9, 5), null);
    }

    /** A workstation that asked to pair and was approved by its code at the office PC. */
    WorkstationPairing pairedWorkstation(String name) {
        WorkstationPairing p = OfficeClient.requestPairing(address, name, Locale.forLanguageTag("vi-VN"));
        store.workstations().approveByCode(admin, p.code());
        return p;
    }

    OfficeClient client(WorkstationPairing p) {
        return OfficeClient.paired(p, Locale.forLanguageTag("vi-VN"));
    }

    /** The refusal code of a call, or "ok". */
    static String code(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (DomainException e) {
            return e.code();
        }
    }
}
