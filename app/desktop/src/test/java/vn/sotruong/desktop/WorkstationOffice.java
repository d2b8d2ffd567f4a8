package vn.sotruong.desktop;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.NetworkLink;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;

/**
 * The office PC of the workstation tests: a real {@link OfficePc} with class 6A (automatic locks off), reached through
 * a {@link NetworkLink} the test can cut, and what its Toán sheet holds.
 */
final class WorkstationOffice implements AutoCloseable {
    static final SheetRef TOAN = SheetRef.subject("TOAN");
    static final String TX1 = "HK1.TX1";

    final OfficePc pc;
    final Store store;
    final Actor admin;
    final GradebookData data;
    final NetworkLink link;

    private WorkstationOffice(OfficePc pc) {
        this.pc = pc;
        this.store = pc.store();
        this.admin = pc.admin();
        store.services().stores().settings().put(LockService.AUTOMATIC, "false");
        this.data = new GradebookData(store.services(), admin);
        data.class6A();
        this.link = NetworkLink.to(pc.server().port());
    }

    static WorkstationOffice start(Path dir, Clock clock) {
        return new WorkstationOffice(OfficePc.start(dir, clock));
    }

    /** Pairs a workstation whose data folder is {@code dataDir}, approved at once, through the relay. */
    WorkstationPairing pair(Path dataDir, String name) {
        WorkstationPairing p = OfficeClient.requestPairing(new OfficeAddress("127.0.0.1", link.port()), name,
                Locale.forLanguageTag("vi-VN"));
        store.workstations().approveByCode(admin, p.code());
        p.save(dataDir);
        return p;
    }

    long pupil(int row) {
        return store.services().gradebook().sheet(admin, data.classId("6A"), TOAN).rows().get(row).pupil().pupilId();
    }

    /** The Toán HK1 TX1 cell of a row as stored on the office PC (canonical text), or null. */
    String text(int row) {
        return store.services().gradebook().sheet(admin, data.classId("6A"), TOAN).rows().get(row).text(TX1);
    }

    List<?> history(int row) {
        return store.services().gradebook().history(admin, data.classId("6A"), TOAN, pupil(row), TX1);
    }

    @Override
    public void close() {
        link.close();
        pc.close();
    }
}
