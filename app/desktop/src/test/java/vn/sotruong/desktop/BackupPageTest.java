package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.school.School;
import vn.sotruong.data.backup.BackupService;
import vn.sotruong.data.backup.BackupVerifier;
import vn.sotruong.data.backup.BackupWritten;
import vn.sotruong.data.backup.VerifyResult;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.shell.NavItem;

/**
 * The Sao lưu page over a real store, with the real background executor (the backup, the check and
 * the restore run off the FX thread, as in the app), so the tests wait for what the page shows.
 */
class BackupPageTest extends FxTestBase {
    private static final String BACKUP_PASSWORD = "SaoLuu#2026";

    @TempDir
    Path usb;

    private void openBackupPage(String login) throws Exception {
        TestSchool.create(services());
        startApp(config(Background.fx(), Duration.ofHours(1), false, s -> {
            throw new AssertionError("no demo in this test");
        }));
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-backup");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Visible on screen: the node and every box around it (the page hides whole sections). */
    private boolean shown(String query) {
        javafx.scene.Node n = lookup(query).tryQuery().orElse(null);
        for (; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return lookup(query).tryQuery().isPresent();
    }

    /** The page scrolls on a 768-pixel screen; a robot, like a person, scrolls to a node before it clicks. */
    private void reveal(String query) {
        interact(() -> {
            javafx.scene.control.ScrollPane page = lookup("#backup-page").queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node n = lookup(query).query();
            javafx.scene.Node content = page.getContent();
            javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.clamp((b.getMinY() - 60) / room, 0.0, 1.0));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void click(String query) {
        reveal(query);
        clickOn(query);
    }

    private void await(String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(query));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private BackupWritten backupThroughTheService() {
        return new BackupService(store, CLOCK).create(admin(), usb, BACKUP_PASSWORD.toCharArray());
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminBacksUpIntoAFolderAndTheFileReadsBackIntact() throws Exception {
        openBackupPage(TestSchool.ADMIN);
        assertThat(textOf(".title-3")).isEqualTo("Sao lưu và phục hồi");
        fill("#backup-folder", usb.toString());
        fill("#backup-password", BACKUP_PASSWORD);
        fill("#backup-confirm", BACKUP_PASSWORD);
        Screenshots.save(stage.getScene().getRoot(), "backup-page.png");

        click("#backup-run");
        await("#backup-done");
        assertThat(visible("#backup-progress")).isFalse();
        assertThat(lookup("#backup-run").query().isDisabled()).isFalse();
        Path file = Path.of(textOf("#backup-done-file"));
        assertThat(file.getParent()).isEqualTo(usb.toAbsolutePath().normalize());
        assertThat(file.getFileName().toString()).isEqualTo("SoTruong_truong-thcs-nguyen-du_2026-10-15_1000.sotruong.gpg");
        assertThat(textOf("#backup-done-heading")).isEqualTo("Đã sao lưu xong — đã kiểm tra đọc lại");
        assertThat(textOf("#backup-done-summary")).startsWith("Dung lượng ").contains("KB").contains("giây");
        assertThat(textOf("#backup-done-rotation")).isEqualTo("Thư mục đang giữ 1 bản sao lưu của trường.");
        // the bar was driven by the service's reports, to the end
        assertThat(lookup("#backup-progress-bar").queryAs(javafx.scene.control.ProgressBar.class).getProgress())
                .isEqualTo(1.0);
        assertThat(textOf("#backup-progress-stage")).isEqualTo("Xong. 100 %");
        // the reminder to back up to a stick has gone, and the page says when the last one was made
        assertThat(shown("#backup-reminders")).isFalse();
        assertThat(textOf("#backup-last")).startsWith("Sao lưu ra USB gần nhất: 15/10/2026 10:00.");
        VerifyResult r = new BackupVerifier().verify(file, BACKUP_PASSWORD.toCharArray());
        assertThat(r.outcome()).isEqualTo(VerifyResult.Outcome.INTACT);
        assertThat(r.manifest().orElseThrow().schoolName()).isEqualTo("Trường THCS Nguyễn Du");
        // the password fields are emptied: the secret does not stay on screen for the next person
        assertThat(lookup("#backup-password").queryTextInputControl().getText()).isEmpty();

        TableView<?> list = lookup("#backup-list").queryAs(TableView.class);
        assertThat(list.getItems()).hasSize(1);
        Screenshots.save(stage.getScene().getRoot(), "backup-done.png");

        // a second backup in the same minute is a second generation, not an overwrite
        fill("#backup-password", BACKUP_PASSWORD);
        fill("#backup-confirm", BACKUP_PASSWORD);
        click("#backup-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        assertThat(textOf("#backup-done-file")).endsWith("_1000-2.sotruong.gpg");
    }

    @Test
    void mismatchedShortPasswordsAndAnUnwritableFolderAreRefusedAndNothingIsWritten() throws Exception {
        openBackupPage(TestSchool.ADMIN);
        fill("#backup-folder", "");
        fill("#backup-password", BACKUP_PASSWORD);
        fill("#backup-confirm", BACKUP_PASSWORD);
        click("#backup-run");
        assertThat(textOf("#backup-error")).isEqualTo("Hãy chọn thư mục (hoặc USB) để lưu bản sao lưu.");

        fill("#backup-folder", usb.toString());
        fill("#backup-confirm", "SaoLuu#2025");
        click("#backup-run");
        assertThat(textOf("#backup-error")).isEqualTo("Hai lần nhập mật khẩu sao lưu không giống nhau.");

        fill("#backup-password", "ngan");
        fill("#backup-confirm", "ngan");
        click("#backup-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible("#backup-error"));
        assertThat(textOf("#backup-error")).isEqualTo("Mật khẩu sao lưu phải có ít nhất 8 ký tự.");
        assertThat(visible("#backup-done")).isFalse();
        try (var files = Files.list(usb)) {
            assertThat(files).isEmpty();
        }

        // a "folder" under a plain file cannot be created: the stick is read-only or the path wrong
        Path plain = Files.writeString(usb.resolve("not-a-folder"), "x");
        fill("#backup-folder", plain.resolve("sub").toString());
        fill("#backup-password", BACKUP_PASSWORD);
        fill("#backup-confirm", BACKUP_PASSWORD);
        click("#backup-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible("#backup-error"));
        assertThat(textOf("#backup-error")).startsWith("Không ghi được vào thư mục ")
                .endsWith("Hãy kiểm tra USB hoặc chọn thư mục khác.");
        try (var files = Files.list(usb)) {
            assertThat(files).containsExactly(plain);
        }
    }

    @Test
    void theHomePageRemindsWhoBacksUpAndNobodyElse() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(shown("#home-reminders")).isTrue();
        assertThat(textOf("#home-reminders-0")).isEqualTo(
                "Chưa có bản sao lưu nào ra USB. Hãy sao lưu dữ liệu vào USB và cất ở nơi an toàn.");
        Screenshots.save(stage.getScene().getRoot(), "home-backup-reminder.png");
        clickOn("#home-reminders-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown("#backup-page")).isTrue();
        assertThat(shown("#backup-reminders")).isTrue();
        clickOn("#menu-system").clickOn("#menu-signout");
        awaitScreen("login");
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(lookup("#home-reminders").tryQuery()).isEmpty();
    }

    @Test
    void theHomePageRemindsToBackUpOnceResultsWereApproved() throws Exception {
        TestSchool.create(services());
        long year = services().years().currentYear().orElseThrow().id();
        long c6a = services().stores().organisation().classes(year).stream().filter(c -> c.name().equals("6A"))
                .findFirst().orElseThrow().id();
        // the principal approved 6A's results the day before (the data checked): the regulations want a USB copy
        services().stores().transactions().run(() -> services().stores().gradebook().approve(
                new vn.sotruong.core.gradebook.Approval(year, c6a, "HK1", TestSchool.PRINCIPAL,
                        NOW.minus(Duration.ofDays(1)), "kiem-tra")));
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(textOf("#home-reminders-1")).isEqualTo(
                "Kết quả học tập của lớp 6A đã được phê duyệt ngày 14/10/2026; chưa có bản sao lưu ra USB kể từ đó.");
        Screenshots.save(stage.getScene().getRoot(), "home-reminder-results-approved.png");
        clickOn("#home-reminders-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown("#backup-reminders")).isTrue();
    }

    @Test
    void keepingFewerGenerationsRemovesTheOldestAndABadValueNamesItsField() throws Exception {
        openBackupPage(TestSchool.ADMIN);
        fill("#backup-keep-usb", "0");
        click("#backup-settings-save");
        assertThat(textOf("#backup-settings-error")).startsWith("Số bản giữ trên USB: Giá trị phải là số nguyên từ 1 đến 100");
        fill("#backup-keep-usb", "2");
        click("#backup-settings-save");
        assertThat(textOf("#backup-settings-info")).isEqualTo("Đã lưu cài đặt sao lưu.");
        for (int i = 0; i < 2; i++) {
            backupThroughTheService();
        }
        fill("#backup-folder", usb.toString());
        fill("#backup-password", BACKUP_PASSWORD);
        fill("#backup-confirm", BACKUP_PASSWORD);
        click("#backup-run");
        await("#backup-done");
        assertThat(textOf("#backup-done-rotation"))
                .isEqualTo("Đã xóa 1 bản sao lưu cũ; thư mục đang giữ 2 bản sao lưu của trường.");
        TableView<?> list = lookup("#backup-list").queryAs(TableView.class);
        assertThat(list.getItems()).hasSize(2);
        assertThat(list.getColumns().get(3).getCellData(0)).isEqualTo("Đã kiểm tra");
    }

    @Test
    void anAutomaticBackupIsListedAndChecksWithThisPcsKeyWithoutAPassword() throws Exception {
        TestSchool.create(services());
        startApp(config(Background.fx(), Duration.ofHours(1), false, s -> {
            throw new AssertionError("no demo in this test");
        }));
        assertThat(live.dailyBackupIfDue()).isPresent();
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-backup");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> local = lookup("#backup-local").queryAs(TableView.class);
        assertThat(local.getItems()).hasSize(1);
        assertThat(local.getColumns().get(1).getCellData(0)).isEqualTo("Hằng ngày");
        interact(() -> local.getSelectionModel().select(0));
        assertThat(lookup("#verify-password").query().isDisabled()).isTrue();
        assertThat(lookup("#verify-file").queryTextInputControl().getText()).endsWith("_tu-dong.sotruong.gpg");
        click("#verify-run");
        await("#verify-details");
        assertThat(textOf("#verify-message")).startsWith("Tệp nguyên vẹn");
        reveal("#verify-message");
        Screenshots.save(stage.getScene().getRoot(), "backup-automatic.png");
    }

    @Test
    void teachersAndThePrincipalHaveNoBackupPage() throws Exception {
        TestSchool.create(services());
        startApp(config());
        for (String login : new String[] {TestSchool.PRINCIPAL, TestSchool.TEACHER, TestSchool.HOMEROOM}) {
            signIn(login, TestSchool.PASSWORD);
            awaitScreen("main");
            assertThat(navItems()).as(login).doesNotContain(NavItem.BACKUP);
            assertThat(lookup("#nav-backup").tryQuery()).isEmpty();
            clickOn("#menu-system").clickOn("#menu-signout");
            awaitScreen("login");
        }
    }

    @Test
    void checkingTellsAWrongPasswordFromADamagedFile() throws Exception {
        openBackupPage(TestSchool.ADMIN);
        Path file = backupThroughTheService().file();

        fill("#verify-file", file.toString());
        fill("#verify-password", "MatKhauSai1");
        click("#verify-run");
        await("#verify-message");
        assertThat(textOf("#verify-message")).startsWith("Sai mật khẩu: mật khẩu này không mở được tệp ");
        assertThat(shown("#restore-run")).isFalse();

        fill("#verify-password", BACKUP_PASSWORD);
        click("#verify-run");
        await("#verify-details");
        assertThat(textOf("#verify-message")).startsWith("Tệp nguyên vẹn");
        assertThat(textOf("#verify-details")).contains("Trường: Trường THCS Nguyễn Du (79000123)")
                .contains("Sao lưu lúc: 15/10/2026 10:00:00")
                .contains("lược đồ dữ liệu " + vn.sotruong.data.store.Store.latestSchemaVersion());
        assertThat(lookup("#verify-tables").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(shown("#verify-tables")).as("folded until asked for").isFalse();
        assertThat(shown("#restore-run")).isTrue();
        assertThat(shown("#restore-other-school")).isFalse();
        reveal("#verify-message");
        Screenshots.save(stage.getScene().getRoot(), "backup-verify.png");

        // the restore drill: the file restored into a scratch store and checked; the data in use untouched
        String schoolBefore = services().setup().school().principalName();
        int auditBefore = services().audit().latest(admin(), 1000).size();
        click("#drill-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> textOf("#drill-result").startsWith("Diễn tập"));
        assertThat(textOf("#drill-result")).startsWith("Diễn tập phục hồi thành công: ")
                .contains("dòng dữ liệu khớp bản kê")
                .contains("phiên bản dữ liệu " + vn.sotruong.data.store.Store.latestSchemaVersion())
                .endsWith("Dữ liệu đang dùng không thay đổi.");
        assertThat(lookup("#drill-result").queryLabeled().getStyleClass()).contains("success");
        assertThat(services().setup().school().principalName()).isEqualTo(schoolBefore);
        // signing in as admin() above wrote an audit entry; the drill itself writes none
        assertThat(services().audit().latest(admin(), 1000)).hasSize(auditBefore + 1);
        reveal("#drill-result");
        Screenshots.save(stage.getScene().getRoot(), "backup-drill.png");

        // one byte changed well after the key packet: the integrity check fails, which is damage
        Path copy = usb.resolve("hong.sotruong.gpg");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(copy, bytes);
        fill("#verify-file", copy.toString());
        click("#verify-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> textOf("#verify-message").startsWith("Tệp hỏng"));
        assertThat(textOf("#verify-message")).startsWith("Tệp hỏng: hong.sotruong.gpg bị hỏng hoặc không đầy đủ.");
        assertThat(textOf("#verify-technical")).startsWith("Chi tiết kỹ thuật: ");
        assertThat(shown("#verify-details")).isFalse();
        assertThat(shown("#restore-run")).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "backup-verify-damaged.png");
    }

    @Test
    void restoringAsksFirstThenReplacesTheDataAndSignsEveryoneOut() throws Exception {
        openBackupPage(TestSchool.ADMIN);
        Path file = backupThroughTheService().file();
        School before = services().setup().school();
        // a change after the backup: the restore must take it away
        services().setup().updateProfile(admin(), new School(before.name(), before.moetCode(), before.province(),
                before.district(), before.level(), "Người Sau Sao Lưu", before.demo()));

        fill("#verify-file", file.toString());
        fill("#verify-password", BACKUP_PASSWORD);
        click("#verify-run");
        await("#restore-run");

        // "Hủy" in the confirmation changes nothing
        click("#restore-run");
        await("#restore-confirm-no");
        clickOn("#restore-confirm-no");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo("main");
        assertThat(services().setup().school().principalName()).isEqualTo("Người Sau Sao Lưu");

        click("#restore-run");
        await("#restore-confirm-yes");
        clickOn("#restore-confirm-yes");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "login".equals(flow.screen()));
        await("#restore-done");
        assertThat(lookup("#restore-done").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .startsWith("Đã phục hồi dữ liệu của Trường THCS Nguyễn Du").contains("previous-")
                .contains("Dữ liệu trước khi phục hồi đã được tự động sao lưu vào");
        clickOn("#restore-done-close");

        // the app now runs on the restored store: the change made after the backup is gone
        assertThat(live.store()).isNotSameAs(store);
        assertThat(live.services().setup().school().principalName()).isEqualTo("Phạm Thị Hạnh");
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        assertThat(textOf("#header-school")).isEqualTo("Trường THCS Nguyễn Du");
        try (var kept = Files.list(dataDir)) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("previous-"));
        }
    }
}
