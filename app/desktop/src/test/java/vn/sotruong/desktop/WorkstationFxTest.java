package vn.sotruong.desktop;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.NetworkLink;

/**
 * A workstation's window against a real office PC ({@link WorkstationOffice}): the office PC's own H2 store with the
 * test school and class 6A, its HTTPS service on 127.0.0.1 reached through a relay the test can cut, and this
 * computer's own school from before it was paired.
 */
abstract class WorkstationFxTest extends FxTestBase {
    @TempDir
    Path officeDir;
    WorkstationOffice officePc;
    OfficePc pc;
    Store office;
    NetworkLink link;
    Actor officeAdmin;
    GradebookData data;

    @BeforeEach
    void officePc() throws Exception {
        officePc = WorkstationOffice.start(officeDir, CLOCK);
        pc = officePc.pc;
        office = officePc.store;
        officeAdmin = officePc.admin;
        data = officePc.data;
        link = officePc.link;
        TestSchool.create(services()); // this computer had its own school before it was paired
    }

    @AfterEach
    void stopOffice() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(() -> {
            if (flow != null && flow.connectedWindow() != null) {
                flow.connectedWindow().detach();
            }
        });
        officePc.close();
    }
}
