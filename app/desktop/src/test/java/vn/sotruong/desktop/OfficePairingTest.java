package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.lan.Workstation;
import vn.sotruong.core.lan.WorkstationStatus;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;
import vn.sotruong.server.OfficeServer;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.tls.OfficeCertificate;

/**
 * "Kết nối máy văn phòng" from the sign-in screen against a real office PC: its own store and HTTPS service on
 * 127.0.0.1, the code compared with the office PC's list, approval, and the pairing kept on this computer.
 */
class OfficePairingTest extends FxTestBase {
    @TempDir
    Path officeDir;
    private Store office;
    private OfficeServer server;
    private Actor officeAdmin;

    @BeforeEach
    void officePc() throws Exception {
        OfficePc pc = OfficePc.start(officeDir, CLOCK);
        office = pc.store();
        server = pc.server();
        officeAdmin = pc.admin();
        TestSchool.create(services());
    }

    @AfterEach
    void stopOffice() {
        server.close();
        office.close();
    }

    @Test
    void bothScreensShowTheSameCodeAndTheApprovedPairingIsKept() throws Exception {
        startApp(config());
        Screenshots.save(stage.getScene().getRoot(), "lan-login-link.png");
        clickOn("#login-connect-office");
        awaitScreen("pairing");
        fill("#pairing-address", "127.0.0.1:" + server.port());
        fill("#pairing-name", "Phòng máy 1");
        clickOn("#pairing-request");

        Workstation waiting = office.workstations().list(officeAdmin).getFirst();
        assertThat(waiting.status()).isEqualTo(WorkstationStatus.PENDING);
        String code = waiting.pairingCode();
        assertThat(textOf("#pairing-code")).isEqualTo(code.substring(0, 3) + " " + code.substring(3));
        assertThat(textOf("#pairing-fingerprint")).contains(OfficeCertificate.loadOrCreate(officeDir, "", CLOCK)
                .fingerprint());
        assertThat(textOf("#pairing-status")).contains("Đang chờ quản trị duyệt").contains("lan approve " + code);
        assertThat(lookup("#pairing-request").queryButton().isDisabled()).as("one request per visit").isTrue();
        clickOn("#pairing-check");
        assertThat(textOf("#pairing-status")).contains("Đang chờ quản trị duyệt");
        assertThat(dataDir.resolve(WorkstationPairing.FILE)).doesNotExist();
        Screenshots.save(stage.getScene().getRoot(), "lan-pairing.png");

        office.workstations().approveByCode(officeAdmin, code);
        clickOn("#pairing-check");
        assertThat(textOf("#pairing-status")).startsWith("Đã ghép với máy văn phòng 127.0.0.1:" + server.port());
        assertThat(lookup("#pairing-request").queryButton().isDisabled()).isTrue();
        WorkstationPairing kept = WorkstationPairing.load(dataDir).orElseThrow();
        assertThat(kept.code()).isEqualTo(code);
        assertThat(OfficeClient.paired(kept, Locale.ROOT).login(TestSchool.ADMIN, TestSchool.PASSWORD.toCharArray())
                .login()).isEqualTo(TestSchool.ADMIN);
        Screenshots.save(stage.getScene().getRoot(), "lan-paired.png");

        clickOn("#pairing-back");
        awaitScreen("ws-login"); // paired: this computer now signs in at the office PC
    }

    @Test
    void aWrongAddressOrNoOfficePcIsSaidPlainlyAndNothingIsAsked() throws Exception {
        startApp(config());
        clickOn("#login-connect-office");
        fill("#pairing-address", "192.168.1.10:cổng");
        clickOn("#pairing-request");
        assertThat(textOf("#pairing-error")).isEqualTo(
                "Địa chỉ máy văn phòng không hợp lệ: 192.168.1.10:cổng (ví dụ 192.168.1.10:8443).");

        int closedPort;
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        fill("#pairing-address", "127.0.0.1:" + closedPort);
        clickOn("#pairing-request");
        assertThat(textOf("#pairing-error")).startsWith("Không kết nối được máy văn phòng 127.0.0.1:" + closedPort);
        assertThat(textOf("#pairing-code")).isEmpty();
        assertThat(office.workstations().list(officeAdmin)).isEmpty();
        assertThat(dataDir.resolve(WorkstationPairing.FILE)).doesNotExist();
        Screenshots.save(stage.getScene().getRoot(), "lan-pairing-unreachable.png");
    }
}
