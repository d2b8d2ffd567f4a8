package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.lan.LanSharing;
import vn.sotruong.core.lan.WorkstationStatus;
import vn.sotruong.desktop.lan.LanHost;
import vn.sotruong.desktop.lan.WorkstationsViewModel;
import vn.sotruong.desktop.shell.NavItem;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.tls.OfficeCertificate;

/**
 * Máy trạm at the office PC: the "Chia sẻ mạng nội bộ" switch starts the real HTTPS service inside the app, a real
 * workstation client asks to pair against it, the administrator approves it on the page and its session shows; the
 * switch is remembered; bad port and schedule lines are refused with the reason and change nothing.
 */
class WorkstationsPageTest extends FxTestBase {
    @AfterEach
    void stopSharing() {
        if (flow != null) {
            flow.lanHost().close();
        }
    }

    private void openPage() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        interact(() -> flow.mainWindow().open(NavItem.WORKSTATIONS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int freePort() throws Exception {
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private void scrollToList() {
        interact(() -> lookup("#workstations-page").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<WorkstationsViewModel.Row> table() {
        return lookup("#workstations").queryAs(TableView.class);
    }

    @Test
    void theSwitchServesAndTheAdministratorApprovesARealWorkstation() throws Exception {
        openPage();
        assertThat(textOf("#lan-serving")).isEqualTo("Đang tắt: máy trạm không kết nối được.");
        assertThat(textOf("#lan-schedule-state")).isEqualTo("Lịch trống: máy trạm được đăng nhập bất cứ lúc nào.");
        int port = freePort();
        fill("#lan-bind", "127.0.0.1");
        fill("#lan-port", String.valueOf(port));
        interact(() -> lookup("#lan-announce").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));
        clickOn("#lan-sharing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#lan-serving")).isEqualTo("Đang phục vụ. Máy trạm nhập địa chỉ: 127.0.0.1:" + port);
        String fingerprint = OfficeCertificate.loadOrCreate(dataDir, "", CLOCK).fingerprint();
        assertThat(textOf("#lan-fingerprint")).endsWith(fingerprint);
        assertThat(store.lanSharing().current()).isEqualTo(new LanSharing(true, "127.0.0.1", port, false));

        WorkstationPairing p = OfficeClient.requestPairing(new OfficeAddress("127.0.0.1", port), "Phòng máy 1",
                Locale.forLanguageTag("vi-VN"));
        clickOn("#lan-refresh");
        assertThat(table().getItems()).singleElement().satisfies(r -> {
            assertThat(r.workstation().pairingCode()).isEqualTo(p.code());
            assertThat(r.workstation().status()).isEqualTo(WorkstationStatus.PENDING);
        });
        scrollToList();
        Screenshots.save(stage.getScene().getRoot(), "lan-office-pending.png");

        clickOn("#lan-approve");
        assertThat(textOf("#lan-list-error")).isEqualTo("Hãy chọn một máy trạm đang chờ duyệt.");
        interact(() -> table().getSelectionModel().select(0));
        clickOn("#lan-approve");
        assertThat(textOf("#lan-list-info")).isEqualTo("Đã duyệt máy trạm Phòng máy 1 (mã "
                + WorkstationsViewModel.code(p.code()) + ").");
        assertThat(table().getItems().getFirst().workstation().status()).isEqualTo(WorkstationStatus.APPROVED);

        OfficeClient ws = OfficeClient.paired(p, Locale.forLanguageTag("vi-VN"));
        assertThat(ws.login(TestSchool.ADMIN, TestSchool.PASSWORD.toCharArray()).login()).isEqualTo(TestSchool.ADMIN);
        clickOn("#lan-refresh");
        assertThat(table().getItems().getFirst().sessions()).isEqualTo(1);
        assertThat(table().getItems().getFirst().workstation().lastSeenAt()).isNotNull();
        scrollToList();
        Screenshots.save(stage.getScene().getRoot(), "lan-office-approved.png");

        // the setting is remembered: a freshly started app serves again on the same port
        interact(() -> lookup("#workstations-page").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        clickOn("#lan-sharing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#lan-serving")).startsWith("Đang tắt");
        assertThat(store.lanSharing().current().on()).isFalse();
        clickOn("#lan-sharing");
        WaitForAsyncUtils.waitForFxEvents();
        flow.lanHost().stop();
        try (LanHost restarted = new LanHost(() -> store, CLOCK)) {
            assertThat(restarted.startIfRemembered()).isEmpty();
            assertThat(restarted.serving().orElseThrow().port()).isEqualTo(port);
            assertThat(OfficeClient.paired(p, Locale.ROOT).pairingStatus().status()).isEqualTo("APPROVED");
        }
    }

    @Test
    void aBadPortOrATakenPortIsSaidAndNothingChanges() throws Exception {
        openPage();
        fill("#lan-port", "70000");
        clickOn("#lan-sharing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#lan-sharing-error")).isEqualTo("Cổng phải là số từ 1 đến 65535 (nhận được 70000).");
        assertThat(flow.lanHost().serving()).isEmpty();
        assertThat(store.lanSharing().current()).isEqualTo(LanSharing.OFF);

        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            fill("#lan-bind", "127.0.0.1");
            fill("#lan-port", String.valueOf(taken.getLocalPort()));
            clickOn("#lan-sharing");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(textOf("#lan-sharing-error")).startsWith("Không mở được cổng " + taken.getLocalPort());
        }
        assertThat(flow.lanHost().serving()).isEmpty();
        assertThat(store.lanSharing().current().on()).as("the setting went back").isFalse();
        assertThat(lookup("#lan-sharing").queryAs(atlantafx.base.controls.ToggleSwitch.class).isSelected()).isFalse();
    }

    @Test
    void theScheduleIsEditedOnThePageAndABadLineChangesNothing() throws Exception {
        openPage();
        fill("#lan-schedule-weekly", "T2 07:00-11:00\nT5 13:30-16:30");
        fill("#lan-schedule-days", "2026-11-20 nghỉ");
        clickOn("#lan-schedule-save");
        assertThat(textOf("#lan-schedule-info")).isEqualTo("Đã lưu lịch phòng máy.");
        assertThat(textOf("#lan-schedule-state")).isEqualTo("Đang áp dụng: 2 khung giờ trong tuần, 1 ngày ngoại lệ.");
        assertThat(store.roomSchedule().schedule().weeklyLines()).containsExactly("MON 07:00-11:00", "THU 13:30-16:30");

        fill("#lan-schedule-weekly", "T2 07:00-11:00\nT2 10:00-12:00");
        clickOn("#lan-schedule-save");
        assertThat(textOf("#lan-schedule-error")).isEqualTo(
                "Hai khung giờ chồng nhau: \"MON 07:00-11:00\" và \"MON 10:00-12:00\". Hãy gộp thành một khung hoặc sửa giờ.");
        fill("#lan-schedule-weekly", "T2 11:00-07:00");
        clickOn("#lan-schedule-save");
        assertThat(textOf("#lan-schedule-error")).isEqualTo("Trong dòng \"T2 11:00-07:00\", giờ mở phải trước giờ đóng.");
        Screenshots.save(stage.getScene().getRoot(), "lan-office-schedule-error.png");
        assertThat(store.roomSchedule().schedule().weeklyLines()).containsExactly("MON 07:00-11:00", "THU 13:30-16:30");
        assertThat(store.roomSchedule().schedule().dayLines()).containsExactly("2026-11-20 closed");
        assertThat(lookup("#lan-schedule-days").queryTextInputControl().getText()).isEqualTo("2026-11-20 nghỉ");

        clickOn("#lan-schedule-clear");
        assertThat(store.roomSchedule().schedule().empty()).isTrue();
        assertThat(textOf("#lan-schedule-state")).isEqualTo("Lịch trống: máy trạm được đăng nhập bất cứ lúc nào.");
        assertThat(List.of(lookup("#lan-schedule-weekly").queryTextInputControl().getText())).containsExactly("");
    }
}
