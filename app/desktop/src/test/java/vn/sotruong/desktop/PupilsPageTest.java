package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilColumn;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.pupil.PupilXlsxTemplate;
import vn.sotruong.desktop.classes.ClassesViewModel.ClassRow;
import vn.sotruong.desktop.pupils.PupilImportViewModel;
import vn.sotruong.desktop.pupils.PupilImportViewModel.IssueRow;
import vn.sotruong.desktop.pupils.PupilsViewModel.PupilRow;
import vn.sotruong.desktop.pupils.RegisterViewModel.Line;

/** The Học sinh page over the test school with a few real pupils admitted through the service. */
class PupilsPageTest extends FxTestBase {
    private static final String OFFICE = "vanphong";
    private static final LocalDate SEPT = LocalDate.of(2026, 9, 5);

    private void school() {
        TestSchool.create(services());
        services().accounts().createPersonDuringSetup(new NewPerson("Lê Thu Hà", OFFICE, Set.of(Role.VAN_PHONG),
                null, null, TestSchool.PASSWORD.toCharArray()), false);
        admit("6A", "HS001", "Trần Văn Bảo", LocalDate.of(2014, 3, 2), Gender.NAM);
        admit("6A", "HS002", "Nguyễn Thị Ánh", LocalDate.of(2014, 5, 17), Gender.NU);
        admit("6A", "HS003", "Lê Minh Châu", LocalDate.of(2014, 11, 30), Gender.NU);
        admit("7A", "HS004", "Nguyễn Thị Hoa", LocalDate.of(2013, 1, 9), Gender.NU);
        admit("7A", "HS005", "Phạm Văn Nguyên", LocalDate.of(2013, 7, 21), Gender.NAM);
    }

    private long classId(String name) {
        long year = services().years().currentYear().orElseThrow().id();
        return services().organisation().classes(admin(), year).stream().filter(c -> c.name().equals(name))
                .findFirst().map(SchoolClass::id).orElseThrow();
    }

    private void admit(String className, String code, String name, LocalDate birth, Gender gender) {
        services().pupils().admit(admin(), classId(className), new Pupil(0, code, name, birth, gender, null, "Kinh",
                null, false, null, null, null, null, null, null), SEPT, null);
    }

    private void openAs(String login) throws Exception {
        school();
        startApp(config());
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-pupils");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<PupilRow> table() {
        return lookup("#pupils-table").queryAs(TableView.class);
    }

    private List<String> names() {
        return table().getItems().stream().map(r -> r.pupil().fullName()).toList();
    }

    private void select(String fullName) {
        TableView<PupilRow> t = table();
        interact(() -> t.getSelectionModel().select(t.getItems().stream()
                .filter(r -> r.pupil().fullName().equals(fullName)).findFirst().orElseThrow()));
    }

    private void chooseClass(String name) {
        ComboBox<SchoolClass> c = lookup("#pupils-class").queryComboBox();
        interact(() -> c.setValue(c.getItems().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow()));
    }

    /** Visible on screen: the node and every parent (the edit buttons hide as a group). */
    private boolean shown(String query) {
        for (Node n = lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Pupil stored(String code) {
        return services().pupils().search(admin(), code).getFirst();
    }

    @Test
    void aHomeroomTeacherSeesAndEditsOnlyTheirClassAndARefusalSavesNothing() throws Exception {
        openAs(TestSchool.HOMEROOM);
        ComboBox<SchoolClass> classes = lookup("#pupils-class").queryComboBox();
        assertThat(classes.getItems()).extracting(SchoolClass::name).containsExactly("6A");
        // given-name order: Ánh, Bảo, Châu
        assertThat(names()).containsExactly("Nguyễn Thị Ánh", "Trần Văn Bảo", "Lê Minh Châu");
        PupilRow first = table().getItems().getFirst();
        assertThat(first.stt()).isEqualTo(1);
        assertThat(first.registerNo()).isEqualTo("—");
        assertThat(shown("#pupil-edit")).isTrue();
        assertThat(shown("#move-transfer")).isTrue();

        select("Trần Văn Bảo");
        clickOn("#pupil-edit");
        WaitForAsyncUtils.waitForFxEvents();
        Pupil before = stored("HS001");
        fill("#pupil-form-phone", "09 abc");
        fill("#pupil-form-father-name", "Trần Văn Long");
        clickOn("#pupil-form-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#pupil-form-error")).isEqualTo("Số điện thoại “09 abc” không hợp lệ.");
        assertThat(stored("HS001")).isEqualTo(before);
        Screenshots.save(lookup("#pupil-form-save").query().getScene().getRoot(), "pupil-form.png");

        fill("#pupil-form-phone", "0912 345 678");
        clickOn("#pupil-form-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#pupil-form-save").tryQuery()).isEmpty();
        Pupil after = stored("HS001");
        assertThat(after.phone()).isEqualTo("0912345678");
        assertThat(after.father().name()).isEqualTo("Trần Văn Long");
        assertThat(textOf("#pupils-info")).isEqualTo("Đã lưu hồ sơ của Trần Văn Bảo.");

        // the school-wide search finds a 7A pupil, whose record the 6A teacher may not change
        fill("#pupils-search", "nguyen thi hoa");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names()).isEmpty();
    }

    @Test
    void aHomeroomTeacherAddsAPupilAndRecordsTheParentsConsent() throws Exception {
        openAs(TestSchool.HOMEROOM);
        clickOn("#pupil-add");
        WaitForAsyncUtils.waitForFxEvents();
        fill("#pupil-form-code", "HS010");
        fill("#pupil-form-name", "Đặng Quốc Khánh");
        clickOn("#pupil-form-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#pupil-form-error")).isEqualTo("Cần nhập ngày sinh.");
        assertThat(services().pupils().count()).isEqualTo(5);
        interact(() -> lookup("#pupil-form-birth").queryAs(javafx.scene.control.DatePicker.class).getEditor()
                .setText("12/04/2014"));
        ComboBox<Gender> gender = lookup("#pupil-form-gender").queryComboBox();
        interact(() -> gender.setValue(Gender.NAM));
        clickOn("#pupil-form-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().pupils().count()).isEqualTo(6);
        assertThat(names()).contains("Đặng Quốc Khánh");

        select("Đặng Quốc Khánh");
        clickOn("#pupil-edit");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#pupil-form-consent");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#pupil-form-consent-status"))
                .isEqualTo("Đã ghi nhận: đồng ý ngày 15/10/2026, người ghi " + TestSchool.HOMEROOM + ".");
        assertThat(stored("HS010").consent().recordedBy()).isEqualTo(TestSchool.HOMEROOM);
        // a later Lưu keeps the consent just recorded
        clickOn("#pupil-form-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("HS010").consent()).isNotNull();
    }

    @Test
    void aSubjectTeacherReadsTheListsOfTheirClassesOnly() throws Exception {
        openAs(TestSchool.TEACHER);
        ComboBox<SchoolClass> classes = lookup("#pupils-class").queryComboBox();
        assertThat(classes.getItems()).extracting(SchoolClass::name).containsExactly("6A", "7A");
        assertThat(names()).hasSize(3);
        assertThat(shown("#pupil-edit")).isFalse();
        assertThat(shown("#pupil-add")).isFalse();
        assertThat(shown("#pupils-import")).isFalse();
        assertThat(shown("#move-transfer")).isFalse();
        assertThat(lookup("#pupils-tab-register").tryQuery()).isEmpty();
        chooseClass("7A");
        assertThat(names()).containsExactly("Nguyễn Thị Hoa", "Phạm Văn Nguyên");
        select("Nguyễn Thị Hoa");
        assertThat(textOf("#pupil-history-name")).isEqualTo("Nguyễn Thị Hoa");
    }

    @Test
    void searchIgnoresAccentsAcrossTheSchool() throws Exception {
        openAs(TestSchool.ADMIN);
        fill("#pupils-search", "nguyen thi");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names()).containsExactlyInAnyOrder("Nguyễn Thị Ánh", "Nguyễn Thị Hoa");
        assertThat(lookup("#pupils-class").queryComboBox().isDisabled()).isTrue();
        fill("#pupils-search", "");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names()).hasSize(3);
    }

    @Test
    void aTransferOutTakesThePupilOffTodaysListButNotYesterdays() throws Exception {
        openAs(TestSchool.ADMIN);
        select("Lê Minh Châu");
        clickOn("#move-transfer");
        WaitForAsyncUtils.waitForFxEvents();
        fill("#move-reason", "Gia đình chuyển nơi ở");
        clickOn("#move-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#move-error")).isEqualTo("Cần ghi trường chuyển đến.");
        fill("#move-school", "Trường THCS Lê Lợi, Đà Nẵng");
        clickOn("#move-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names()).containsExactly("Nguyễn Thị Ánh", "Trần Văn Bảo");
        long c6a = classId("6A");
        Actor admin = admin();
        assertThat(services().pupils().classList(admin, c6a, LocalDate.of(2026, 10, 14)))
                .extracting(Pupil::fullName).contains("Lê Minh Châu");
        assertThat(services().movements().history(admin, stored("HS003").id()).getLast().otherSchool())
                .isEqualTo("Trường THCS Lê Lợi, Đà Nẵng");

        fill("#pupils-search", "chau");
        WaitForAsyncUtils.waitForFxEvents();
        select("Lê Minh Châu");
        @SuppressWarnings("unchecked")
        TableView<vn.sotruong.desktop.pupils.PupilsViewModel.HistoryRow> history =
                lookup("#pupil-history").queryAs(TableView.class);
        assertThat(history.getItems()).extracting(h -> h.kind()).containsExactly("Nhập học", "Chuyển đi");

        interact(() -> flow.mainWindow().open(vn.sotruong.desktop.shell.NavItem.CLASSES));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ClassRow> classTable = lookup("#classes-table").queryAs(TableView.class);
        assertThat(classTable.getItems()).extracting(r -> r.schoolClass().name() + "=" + r.size())
                .containsExactly("6A=2", "6B=0", "7A=2");
    }

    @Test
    void aClassChangeADropoutAndAReturnAreRecordedInTheHistory() throws Exception {
        openAs(TestSchool.ADMIN);
        select("Lê Minh Châu");
        clickOn("#move-class");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<SchoolClass> target = lookup("#move-target").queryComboBox();
        interact(() -> target.setValue(target.getItems().stream().filter(c -> c.name().equals("7A")).findFirst()
                .orElseThrow()));
        fill("#move-reason", "Theo nguyện vọng gia đình");
        clickOn("#move-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names()).doesNotContain("Lê Minh Châu");
        chooseClass("7A");
        assertThat(names()).contains("Lê Minh Châu");

        select("Lê Minh Châu");
        clickOn("#move-dropout");
        WaitForAsyncUtils.waitForFxEvents();
        fill("#move-reason", "Hoàn cảnh gia đình khó khăn");
        clickOn("#move-save");
        WaitForAsyncUtils.waitForFxEvents();
        // she joined 7A today: the dropout must come after that, and the refusal names the day
        assertThat(textOf("#move-error")).isEqualTo("Ngày biến động phải sau ngày 15/10/2026.");
        setDate("#move-date", "16/10/2026");
        clickOn("#move-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#move-save").tryQuery()).isEmpty();
        assertThat(names()).doesNotContain("Lê Minh Châu");

        fill("#pupils-search", "le minh chau");
        WaitForAsyncUtils.waitForFxEvents();
        select("Lê Minh Châu");
        clickOn("#move-return");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<SchoolClass> back = lookup("#move-target").queryComboBox();
        interact(() -> back.setValue(back.getItems().stream().filter(c -> c.name().equals("6A")).findFirst()
                .orElseThrow()));
        setDate("#move-date", "19/10/2026");
        fill("#move-reason", "Đi học lại");
        clickOn("#move-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#pupils-info")).isEqualTo("Đã ghi Lê Minh Châu trở lại học.");
        @SuppressWarnings("unchecked")
        TableView<vn.sotruong.desktop.pupils.PupilsViewModel.HistoryRow> history =
                lookup("#pupil-history").queryAs(TableView.class);
        assertThat(history.getItems()).extracting(h -> h.kind())
                .containsExactly("Nhập học", "Chuyển lớp", "Thôi học", "Trở lại học");
        assertThat(history.getItems().get(1).detail()).isEqualTo("6A → 7A; Theo nguyện vọng gia đình");
    }

    private void setDate(String query, String typed) {
        javafx.scene.control.DatePicker d = lookup(query).queryAs(javafx.scene.control.DatePicker.class);
        interact(() -> d.getEditor().setText(typed));
    }

    @Test
    void theOfficeImportsARealWorkbookAndSeesThePupils() throws Exception {
        openAs(OFFICE);
        chooseClass("6B");
        assertThat(names()).isEmpty();
        Path file = workbook(List.of(
                new String[] {"HS101", "Võ Thị Diễm", "03/02/2014", "Nữ", "Kinh", "Huế"},
                new String[] {"HS102", "Hoàng Đức Anh", "14/08/2014", "Nam", "Tày", "Cao Bằng"}));
        importFile(file);
        assertThat(textOf("#import-info")).isEqualTo("Đã nhập 2 học sinh vào lớp 6B.");
        clickOn("#import-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names()).containsExactly("Hoàng Đức Anh", "Võ Thị Diễm");
        assertThat(table().getItems()).extracting(PupilRow::registerNo).containsExactly("7", "6");
        select("Võ Thị Diễm");
        Screenshots.save(stage.getScene().getRoot(), "pupils-list.png");

        TabPane tabs = lookup("#pupils-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Line> register = lookup("#register-table").queryAs(TableView.class);
        assertThat(register.getItems()).extracting(Line::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(register.getItems().getLast().classes()).isEqualTo("2026-2027: 6B");
        Screenshots.save(stage.getScene().getRoot(), "enrolment-register.png");
    }

    @Test
    void aBadWorkbookShowsItsReportByRowAndColumnAndAddsNobody() throws Exception {
        openAs(OFFICE);
        chooseClass("6B");
        Path file = workbook(List.of(
                new String[] {"HS201", "Đinh Văn Tú", "31/02/2014", "Nam", "Kinh", ""},
                new String[] {"HS202", "Mai Thị Lụa", "05/06/2014", "nu", "Kinh", ""},
                new String[] {"HS001", "", "01/01/2014", "Nữ", "Kinh", ""}));
        importFile(file);
        assertThat(textOf("#import-error")).startsWith("Không nhập học sinh nào");
        @SuppressWarnings("unchecked")
        TableView<IssueRow> report = lookup("#import-report").queryAs(TableView.class);
        assertThat(report.getItems()).extracting(r -> r.row() + "|" + r.column() + "|" + r.reason())
                .contains("2|Ngày sinh|Ngày “31/02/2014” không hợp lệ (dd/MM/yyyy).",
                        "3|Giới tính|Giới tính “nu” phải là Nam hoặc Nữ.");
        assertThat(report.getItems()).allMatch(r -> r.sheet().equals(PupilColumn.SHEET));
        assertThat(services().pupils().count()).isEqualTo(5);
        Screenshots.save(lookup("#import-dialog").query().getScene().getRoot(), "pupils-import-report.png");
    }

    @Test
    void theTemplateIsSavedAndAFileWithoutTheSheetIsRefused() throws Exception {
        openAs(OFFICE);
        PupilImportViewModel vm = openImport();
        Path template = dataDir.resolve("mau.xlsx");
        interact(() -> vm.saveTemplate(template));
        assertThat(template).exists();
        assertThat(textOf("#import-info")).isEqualTo("Đã lưu mẫu mau.xlsx.");
        Path notAWorkbook = Files.writeString(dataDir.resolve("ds.xlsx"), "not a workbook");
        interact(() -> vm.fileProperty().set(notAWorkbook));
        clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#import-error")).startsWith("Không nhập học sinh nào");
        assertThat(services().pupils().count()).isEqualTo(5);
    }

    /** Opens the import window, sets the file as the chooser would, and runs the import. */
    private void importFile(Path file) {
        PupilImportViewModel vm = openImport();
        interact(() -> vm.fileProperty().set(file));
        clickOn("#import-run");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PupilImportViewModel openImport() {
        clickOn("#pupils-import");
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = lookup("#import-dialog").query();
        return (PupilImportViewModel) dialog.getUserData();
    }

    /** The real template with data rows in its first six columns (code, name, birth, gender, ethnicity, place). */
    private Path workbook(List<String[]> rows) throws Exception {
        Path file = dataDir.resolve("danh-sach.xlsx");
        new PupilXlsxTemplate().write(file);
        Workbook wb;
        try (var in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        Sheet sheet = wb.getSheet(PupilColumn.SHEET);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows.get(r).length; c++) {
                row.createCell(c).setCellValue(rows.get(r)[c]);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }
}
