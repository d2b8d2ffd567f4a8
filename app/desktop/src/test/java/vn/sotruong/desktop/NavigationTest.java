package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.desktop.classes.ClassesViewModel.ClassRow;
import vn.sotruong.desktop.shell.NavItem;

class NavigationTest extends FxTestBase {

    private void signInAs(String login) throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
    }

    @Test
    void adminSeesSetupAccountsBackupAndAudit() throws Exception {
        signInAs(TestSchool.ADMIN);
        assertThat(navItems()).containsExactly(NavItem.HOME, NavItem.YEAR, NavItem.CLASSES, NavItem.PUPILS,
                NavItem.ATTENDANCE, NavItem.STAFF, NavItem.GRADEBOOK, NavItem.LOCKS, NavItem.CORRECTIONS,
                NavItem.SIGNING, NavItem.BACKUP,
                NavItem.ACCOUNTS,
                NavItem.PERMISSIONS, NavItem.AUDIT, NavItem.SETTINGS, NavItem.WORKSTATIONS);
        assertThat(textOf("#header-school")).isEqualTo("Trường THCS Nguyễn Du");
        assertThat(textOf("#header-year")).isEqualTo("Năm học 2026-2027");
        assertThat(visible("#demo-badge")).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "main-admin.png");
    }

    @Test
    void principalSeesReviewPrintAndGradesButNoSetup() throws Exception {
        signInAs(TestSchool.PRINCIPAL);
        assertThat(navItems()).containsExactly(NavItem.HOME, NavItem.CLASSES, NavItem.PUPILS, NavItem.ATTENDANCE,
                NavItem.STAFF, NavItem.GRADEBOOK, NavItem.REVIEW, NavItem.LOCKS, NavItem.CORRECTIONS,
                NavItem.SIGNING, NavItem.REGISTERS,
                NavItem.AUDIT);
        assertThat(textOf("#header-roles")).isEqualTo("Hiệu trưởng");
        assertThat(textOf("#home-week")).startsWith("Tuần học thứ 6 (học kì I)");
        Screenshots.save(stage.getScene().getRoot(), "main-principal.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void subjectTeacherSeesOnlyTheirClassesAndTheGradebook() throws Exception {
        signInAs(TestSchool.TEACHER);
        assertThat(navItems()).containsExactly(NavItem.HOME, NavItem.CLASSES, NavItem.PUPILS, NavItem.ATTENDANCE,
                NavItem.GRADEBOOK, NavItem.CORRECTIONS, NavItem.SIGNING);
        clickOn("#nav-classes");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ClassRow> classes = lookup("#classes-table").queryAs(TableView.class);
        assertThat(classes.getItems()).extracting(r -> r.schoolClass().name()).containsExactly("6A", "7A");
        assertThat(lookup("#class-add").tryQuery()).isEmpty();
        Screenshots.save(stage.getScene().getRoot(), "main-teacher.png");

        clickOn("#nav-gradebook");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#gradebook-page").tryQuery()).isPresent();
        assertThat(lookup("#gradebook-class").queryComboBox().getItems()).extracting(Object::toString)
                .hasSize(2);
    }

    @Test
    void languageSwitchReRendersInEnglishAndKeepsThePage() throws Exception {
        signInAs(TestSchool.ADMIN);
        clickOn("#nav-year");
        clickOn("#menu-language").clickOn("#menu-lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.mainWindow().openPage()).isEqualTo(NavItem.YEAR);
        assertThat(textOf("#header-year")).isEqualTo("School year 2026-2027");
        assertThat(textOf("#header-roles")).isEqualTo("System administrator");
        assertThat(lookup("#nav-home").queryLabeled().getText()).isEqualTo("Home");
        assertThat(lookup(".title-3").queryLabeled().getText()).isEqualTo("School year 2026-2027 and calendar");
        clickOn("#menu-language").clickOn("#menu-lang-vi");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#nav-home").queryLabeled().getText()).isEqualTo("Trang chủ");
    }

    @Test
    void signOutReturnsToTheLoginScreen() throws Exception {
        signInAs(TestSchool.HOMEROOM);
        assertThat(navItems()).containsExactly(NavItem.HOME, NavItem.CLASSES, NavItem.PUPILS, NavItem.ATTENDANCE,
                NavItem.GRADEBOOK, NavItem.CORRECTIONS, NavItem.SIGNING);
        clickOn("#menu-system").clickOn("#menu-signout");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.screen()).isEqualTo("login");
        assertThat(flow.mainWindow()).isNull();
        assertThat(List.of(lookup("#login-name").queryTextInputControl().getText())).containsExactly("");
    }
}
