package vn.sotruong.data.pupil;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.data.pupil.PupilFixtures.pupil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilColumn;
import vn.sotruong.core.pupil.PupilImportResult;
import vn.sotruong.core.pupil.RegisterEntry;
import vn.sotruong.data.support.SchoolStoreFixture;

/** The HOCSINH import from real xlsx files: all or nothing, every problem named by row and column. */
class PupilImportTest extends SchoolStoreFixture {
    private static final List<Object> HEADERS = List.of("Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính",
            "Dân tộc", "Nơi sinh", "Địa chỉ thường trú", "Con gia đình chính sách", "Họ tên cha", "Họ tên mẹ",
            "Người giám hộ", "Điện thoại");
    private long year;
    private long c6a;
    private long c6b;

    @BeforeEach
    void classes() {
        year = s.years().currentYear().orElseThrow().id();
        c6a = s.organisation().addClass(admin, year, 6, "6A", null);
        c6b = s.organisation().addClass(admin, year, 6, "6B", null);
        // already in the school, in 6B
        s.pupils().admit(admin, c6b, pupil("HS900", "Trịnh Công Sơn", LocalDate.of(2014, 2, 28),
                vn.sotruong.core.pupil.Gender.NAM), LocalDate.of(2026, 9, 5), null);
    }

    private static List<Object> row(Object... cells) {
        List<Object> r = new ArrayList<>(java.util.Arrays.asList(cells));
        while (r.size() < HEADERS.size()) {
            r.add(null);
        }
        return r;
    }

    private static List<Object> good(String code, String name) {
        return row(code, name, "12/03/2014", "Nữ", "Kinh", "Nghệ An", "Xóm 3", "", "Nguyễn Văn Bình", "Trần Thị Hoa",
                null, "0912 345 678");
    }

    private PupilImportResult importFile(Path file) {
        PupilSheet sheet = new PupilXlsxImporter().read(file);
        if (sheet.hasErrors()) {
            return new PupilImportResult(0, sheet.issues());
        }
        PupilImportResult r = s.pupils().importPupils(admin, c6a, sheet.rows());
        List<ImportIssue> all = new ArrayList<>(sheet.issues());
        all.addAll(r.issues());
        return new PupilImportResult(r.imported(), all);
    }

    @Test
    void aGoodFileAddsEveryPupilWithRegisterNumbersInFileOrder() throws IOException {
        Path f = Workbooks.write(dir.resolve("6a.xlsx"), "HOCSINH", List.of(HEADERS,
                good("HS001", "Nguyễn Thị Ánh"),
                row("HS002", "Lê Văn Bảo", LocalDate.of(2014, 11, 30), "Nam", null, null, null, "Có"),
                good("HS003", "Phạm Minh Châu")));

        PupilImportResult r = importFile(f);

        assertThat(r.refused()).as(r.issues().toString()).isFalse();
        assertThat(r.imported()).isEqualTo(3);
        assertThat(s.pupils().classList(admin, c6a)).extracting(Pupil::code).containsExactly("HS001", "HS002", "HS003");
        Pupil bao = s.pupils().search(admin, "le van bao").getFirst();
        assertThat(bao.birthDate()).isEqualTo(LocalDate.of(2014, 11, 30));
        assertThat(bao.policyFamily()).isTrue();
        assertThat(s.pupils().search(admin, "HS001").getFirst().phone()).isEqualTo("0912345678");
        assertThat(s.pupils().register(admin).entries()).extracting(RegisterEntry::registerNo, RegisterEntry::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "HS900"),
                        org.assertj.core.groups.Tuple.tuple(2, "HS001"), org.assertj.core.groups.Tuple.tuple(3, "HS002"),
                        org.assertj.core.groups.Tuple.tuple(4, "HS003"));
        // the clock says 23/11/2026: admitted today, after the year began
        assertThat(s.pupils().register(admin).entries().get(1).admittedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void columnsMayComeInAnyOrderAndUnknownOnesAreOnlyAWarning() throws IOException {
        Path f = Workbooks.write(dir.resolve("f.xlsx"), "HOCSINH", List.of(
                List.of("Giới tính", "Ghi chú", "Ngày sinh", "Họ và tên", "Mã học sinh"),
                List.of("Nam", "chuyển từ lớp 5B", "01/01/2014", "Hồ Quang Hiếu", "HS010")));

        PupilImportResult r = importFile(f);

        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(ImportIssue.Severity.WARNING);
            assertThat(i.code()).isEqualTo("pupil.import.unknownColumn");
            assertThat(i.column()).isEqualTo("Ghi chú");
        });
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("impossible date", row("HS001", "Lê Văn An", "31/02/2014", "Nam"),
                        "Ngày sinh", "pupil.import.dateInvalid"),
                Arguments.of("date in another format", row("HS001", "Lê Văn An", "2014-02-12", "Nam"),
                        "Ngày sinh", "pupil.import.dateInvalid"),
                Arguments.of("bad gender", row("HS001", "Lê Văn An", "12/02/2014", "Trai"),
                        "Giới tính", "pupil.import.genderInvalid"),
                Arguments.of("missing name", row("HS001", null, "12/02/2014", "Nam"),
                        "Họ và tên", "pupil.import.required"),
                Arguments.of("missing gender", row("HS001", "Lê Văn An", "12/02/2014", null),
                        "Giới tính", "pupil.import.required"),
                Arguments.of("bad code", row("HS 001", "Lê Văn An", "12/02/2014", "Nam"),
                        "Mã học sinh", "pupil.codeInvalid"),
                Arguments.of("bad phone", row("HS001", "Lê Văn An", "12/02/2014", "Nam", null, null, null, null, null,
                        null, null, "09ab"), "Điện thoại", "pupil.phoneInvalid"),
                Arguments.of("bad yes/no", row("HS001", "Lê Văn An", "12/02/2014", "Nam", null, null, null, "Hộ nghèo"),
                        "Con gia đình chính sách", "pupil.import.yesNoInvalid"),
                Arguments.of("code already in the school, in another class this year",
                        row("HS900", "Trịnh Công Sơn", "28/02/2014", "Nam"), "Mã học sinh", "pupil.alreadyInClass"),
                Arguments.of("same name and date of birth as a pupil of the school",
                        row("HS901", "Trinh Cong Son", "28/02/2014", "Nam"), "Họ và tên", "pupil.sameNameAndBirth"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsNamedAndNothingIsImported(String what, List<Object> bad, String column, String code)
            throws IOException {
        int before = s.pupils().count();
        Path f = Workbooks.write(dir.resolve("bad.xlsx"), "HOCSINH", List.of(HEADERS, good("HS100", "Nguyễn Thị Ánh"),
                bad, good("HS102", "Phạm Minh Châu")));

        PupilImportResult r = importFile(f);

        assertThat(r.imported()).isZero();
        assertThat(r.issues()).filteredOn(ImportIssue::isError).singleElement().satisfies(i -> {
            assertThat(i.sheet()).isEqualTo("HOCSINH");
            assertThat(i.row()).isEqualTo(3);
            assertThat(i.column()).isEqualTo(column);
            assertThat(i.code()).isEqualTo(code);
        });
        assertThat(s.pupils().count()).isEqualTo(before);
    }

    @Test
    void duplicatesWithinTheFileNameTheSecondRow() throws IOException {
        Path f = Workbooks.write(dir.resolve("dup.xlsx"), "HOCSINH", List.of(HEADERS, good("HS001", "Nguyễn Thị Ánh"),
                good("HS001", "Lê Thị Hồng"), good("HS003", "Nguyễn Thị Ánh")));

        PupilImportResult r = importFile(f);

        assertThat(r.imported()).isZero();
        assertThat(r.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Mã học sinh", "pupil.import.codeDuplicateInFile"),
                org.assertj.core.groups.Tuple.tuple(4, "Họ và tên", "pupil.import.sameNameAndBirthInFile"));
        assertThat(s.pupils().count()).isEqualTo(1);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("required header missing", "HOCSINH",
                        List.of(List.of("Mã học sinh", "Họ và tên", "Giới tính"), List.of("HS1", "Lê Văn An", "Nam")),
                        "Ngày sinh", "pupil.import.headerMissing"),
                Arguments.of("header misspelt", "HOCSINH",
                        List.of(List.of("Mã HS", "Họ và tên", "Ngày sinh", "Giới tính"),
                                List.of("HS1", "Lê Văn An", "01/01/2014", "Nam")),
                        "Mã học sinh", "pupil.import.headerMissing"),
                Arguments.of("header twice", "HOCSINH",
                        List.of(List.of("Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Họ và tên"),
                                List.of("HS1", "Lê Văn An", "01/01/2014", "Nam", "x")),
                        "Họ và tên", "pupil.import.duplicateHeader"),
                Arguments.of("no sheet HOCSINH", "Sheet1", List.of(HEADERS), null, "pupil.import.sheetMissing"),
                Arguments.of("no rows", "HOCSINH", List.of(HEADERS), null, "pupil.import.noRows"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWhole(String what, String sheet, List<List<Object>> rows, String column, String code)
            throws IOException {
        Path f = Workbooks.write(dir.resolve("file.xlsx"), sheet, rows);

        PupilImportResult r = importFile(f);

        assertThat(r.imported()).isZero();
        assertThat(r.issues()).filteredOn(ImportIssue::isError).singleElement().satisfies(i -> {
            assertThat(i.column()).isEqualTo(column);
            assertThat(i.code()).isEqualTo(code);
        });
        assertThat(s.pupils().count()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("list.xlsx"), "Mã học sinh;Họ và tên");
        assertThat(new PupilXlsxImporter().read(f).issues()).singleElement().extracting(ImportIssue::code)
                .isEqualTo("pupil.import.fileUnreadable");
    }

    @Test
    void theTemplateHasTheHeadersAndImportsAsNothing() {
        Path f = dir.resolve("mau.xlsx");
        new PupilXlsxTemplate().write(f);
        PupilSheet sheet = new PupilXlsxImporter().read(f);
        assertThat(sheet.issues()).isEmpty();
        assertThat(sheet.rows()).isEmpty();
        assertThat(s.pupils().importPupils(admin, c6a, sheet.rows()).issues()).extracting(ImportIssue::code)
                .containsExactly("pupil.import.noRows");
        assertThat(PupilColumn.values()).hasSize(12);
    }

    @Test
    void aSubjectTeacherMayNotImport() {
        var gv = vn.sotruong.data.support.Schools.person(s, "gv.toan", "Ngô Bảo Châu", vn.sotruong.core.security.Role.GVBM);
        assertThat(code(() -> s.pupils().importPupils(gv, c6a, List.of()))).isEqualTo("scope.notYourClassOrSubject");
    }
}
