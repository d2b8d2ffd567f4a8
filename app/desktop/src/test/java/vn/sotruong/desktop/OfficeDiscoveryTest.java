package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.server.discovery.Announcement;
import vn.sotruong.server.discovery.OfficeAnnouncer;

/** The pairing screen lists an office PC it hears announce itself over UDP; picking it fills in the address. */
class OfficeDiscoveryTest extends FxTestBase {
    @Test
    void anAnnouncedOfficePcIsListedAndPickingItFillsTheAddress() throws Exception {
        TestSchool.create(services());
        startApp(config());
        int port;
        try (DatagramSocket probe = new DatagramSocket(0)) {
            port = probe.getLocalPort();
        }
        flow.discoveryPort(port);
        clickOn("#login-connect-office");
        awaitScreen("pairing");
        assertThat(textOf("#pairing-heard-note")).startsWith("Đang tìm máy văn phòng trên mạng");
        try (OfficeAnnouncer announcer = OfficeAnnouncer.start(new Announcement(9443, "3F2A 91C0",
                "Trường THCS Nguyễn Du"), List.of(new InetSocketAddress("127.0.0.1", port)), Duration.ofMillis(200))) {
            ListView<?> heard = lookup("#pairing-heard").queryAs(ListView.class);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> heard.getItems().size() == 1);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(textOf("#pairing-heard-note")).startsWith("Máy văn phòng tìm thấy trên mạng");
            Screenshots.save(stage.getScene().getRoot(), "lan-pairing-discovered.png");
            interact(() -> heard.getSelectionModel().select(0));
            assertThat(lookup("#pairing-address").queryTextInputControl().getText()).isEqualTo("127.0.0.1:9443");
            assertThat(announcer).isNotNull();
        }
        clickOn("#pairing-back");
        awaitScreen("login");
    }
}
