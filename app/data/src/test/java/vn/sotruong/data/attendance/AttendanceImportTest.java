package vn.sotruong.data.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceColumn;
import vn.sotruong.core.attendance.AttendanceImportResult;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.school.SchoolSettings;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.pupil.Workbooks;

/** The DIEMDANH import from real xlsx files: all or nothing, every refused row named. */
class AttendanceImportTest extends AttendanceFixture {
    private static final List<Object> HEADERS = List.of("Ngày", "Buổi", "Mã học sinh", "Loại");

    private AttendanceImportResult importFile(Actor who, Path file) {
        AttendanceSheet sheet = new AttendanceXlsxImporter().read(file);
        if (sheet.hasErrors()) {
            return new AttendanceImportResult(0, 0, sheet.issues());
        }
        AttendanceImportResult r = s.attendance().importMarks(who, c6a, sheet.rows());
        List<ImportIssue> all = new ArrayList<>(sheet.issues());
        all.addAll(r.issues());
        return new AttendanceImportResult(r.marks(), r.days(), all);
    }

    private Path file(List<List<Object>> rows) throws IOException {
        List<List<Object>> all = new ArrayList<>();
        all.add(HEADERS);
        all.addAll(rows);
        return Workbooks.write(dir.resolve("diemdanh.xlsx"), AttendanceColumn.SHEET, all);
    }

    private List<AttendanceMark> stored() {
        return s.stores().attendance().marks(c6a, FIRST_DAY, LocalDate.of(2027, 6, 1));
    }

    @Test
    void aGoodFileReplacesTheDaysItNamesAndAuditsEachChangedDay() throws IOException {
        // typed in the grid before: 05/10 (named by the file again) and 06/10 (not named)
        s.attendance().enterDay(homeroom6a, c6a, OCT_5, DaySession.SANG, java.util.Map.of(chau, AttendanceCode.LATE));
        s.attendance().enterDay(homeroom6a, c6a, OCT_5.plusDays(1), DaySession.SANG,
                java.util.Map.of(chau, AttendanceCode.LATE));
        Path f = file(List.of(
                List.of("05/10/2026", "Sáng", "HS001", "P"),
                List.of(LocalDate.of(2026, 10, 5), "sáng", "hs002", "k"),
                List.of("7/10/2026", "Sáng", "HS001", "M"),
                List.of("30/09/2026", "Sáng", "HS004", "K")));

        AttendanceImportResult r = importFile(homeroom6a, f);

        assertThat(r.refused()).as(r.issues().toString()).isFalse();
        assertThat(r.marks()).isEqualTo(4);
        assertThat(r.days()).isEqualTo(3);
        assertThat(stored()).containsExactlyInAnyOrder(
                new AttendanceMark(dung, LocalDate.of(2026, 9, 30), DaySession.SANG, AttendanceCode.UNEXCUSED),
                new AttendanceMark(an, OCT_5, DaySession.SANG, AttendanceCode.EXCUSED),
                new AttendanceMark(binh, OCT_5, DaySession.SANG, AttendanceCode.UNEXCUSED),
                new AttendanceMark(chau, OCT_5.plusDays(1), DaySession.SANG, AttendanceCode.LATE),
                new AttendanceMark(an, OCT_5.plusDays(2), DaySession.SANG, AttendanceCode.LATE));
        // two grid days, then three imported days in date order
        assertThat(attendanceEvents()).hasSize(5);
        assertThat(attendanceEvents().get(1).detail()).isEqualTo("import 05/10/2026 SANG: HS001 –→P, HS002 –→K, HS003 M→–");

        // the same file again changes nothing and audits nothing
        assertThat(importFile(homeroom6a, f).refused()).isFalse();
        assertThat(attendanceEvents()).hasSize(5);
    }

    @Test
    void withOneSessionTheBuoiColumnMayBeLeftOut() throws IOException {
        Path f = Workbooks.write(dir.resolve("d.xlsx"), AttendanceColumn.SHEET, List.of(
                List.of("Mã học sinh", "Ngày", "Loại", "Ghi chú"),
                List.of("HS003", "05/10/2026", "K", "ốm")));

        AttendanceImportResult r = importFile(homeroom6a, f);

        assertThat(r.marks()).isEqualTo(1);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(ImportIssue.Severity.WARNING);
            assertThat(i.column()).isEqualTo("Ghi chú");
        });
        assertThat(stored()).containsExactly(new AttendanceMark(chau, OCT_5, DaySession.SANG, AttendanceCode.UNEXCUSED));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("an unknown code", List.of("05/10/2026", "Sáng", "HS001", "V"), "Loại",
                        "attendance.codeUnknown"),
                Arguments.of("an impossible date", List.of("31/02/2027", "Sáng", "HS001", "P"), "Ngày",
                        "pupil.import.dateInvalid"),
                Arguments.of("a Saturday", List.of("10/10/2026", "Sáng", "HS001", "P"), "Ngày",
                        "attendance.notSchoolDay"),
                Arguments.of("a holiday (Tết Dương lịch)", List.of("01/01/2027", "Sáng", "HS001", "P"), "Ngày",
                        "attendance.notSchoolDay"),
                Arguments.of("a day outside the year", List.of("04/09/2026", "Sáng", "HS001", "P"), "Ngày",
                        "attendance.outsideYear"),
                Arguments.of("a pupil after leaving", List.of("05/10/2026", "Sáng", "HS004", "K"), "Mã học sinh",
                        "attendance.import.notEnrolledOn"),
                Arguments.of("a pupil of another class", List.of("05/10/2026", "Sáng", "HS005", "P"), "Mã học sinh",
                        "attendance.import.notInClass"),
                Arguments.of("a pupil the school does not have", List.of("05/10/2026", "Sáng", "HS999", "P"),
                        "Mã học sinh", "attendance.pupilUnknown"),
                Arguments.of("an unknown session", List.of("05/10/2026", "Tối", "HS001", "P"), "Buổi",
                        "attendance.sessionInvalid"),
                Arguments.of("the afternoon in a one-session school", List.of("05/10/2026", "Chiều", "HS001", "P"),
                        "Buổi", "attendance.sessionNotKept"),
                Arguments.of("a blank code", java.util.Arrays.asList("05/10/2026", "Sáng", "HS001", null), "Loại",
                        "pupil.import.required"),
                Arguments.of("the same cell twice", List.of("05/10/2026", "Sáng", "HS002", "P"), "Mã học sinh",
                        "attendance.import.duplicateInFile"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsNamedAndNothingIsImported(String what, List<Object> bad, String column, String code)
            throws IOException {
        Path f = file(List.of(
                List.of("05/10/2026", "Sáng", "HS002", "K"),
                bad,
                List.of("06/10/2026", "Sáng", "HS003", "M")));

        AttendanceImportResult r = importFile(homeroom6a, f);

        assertThat(r.refused()).isTrue();
        assertThat(r.marks()).isZero();
        assertThat(r.issues()).filteredOn(ImportIssue::isError).singleElement().satisfies(i -> {
            assertThat(i.sheet()).isEqualTo("DIEMDANH");
            assertThat(i.row()).isEqualTo(3);
            assertThat(i.column()).isEqualTo(column);
            assertThat(i.code()).isEqualTo(code);
        });
        assertThat(stored()).isEmpty();
        assertThat(attendanceEvents()).isEmpty();
    }

    @Test
    void wrongHeadersRefuseTheFileBeforeAnyRowIsRead() throws IOException {
        Path f = Workbooks.write(dir.resolve("d.xlsx"), AttendanceColumn.SHEET, List.of(
                List.of("Ngày", "Buổi", "Mã HS", "Loại vắng"),
                List.of("05/10/2026", "Sáng", "HS001", "P")));

        AttendanceImportResult r = importFile(homeroom6a, f);

        assertThat(r.issues()).filteredOn(ImportIssue::isError).extracting(ImportIssue::column, ImportIssue::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mã học sinh", "pupil.import.headerMissing"),
                        org.assertj.core.groups.Tuple.tuple("Loại", "pupil.import.headerMissing"));
        assertThat(stored()).isEmpty();
        Path noSheet = Workbooks.write(dir.resolve("e.xlsx"), "HOCSINH", List.of(HEADERS));
        assertThat(importFile(homeroom6a, noSheet).issues()).extracting(ImportIssue::code)
                .containsExactly("pupil.import.sheetMissing");
    }

    @Test
    void withTwoSessionsTheAfternoonIsImportedAndTheBuoiIsRequired() throws IOException {
        s.settingsService().update(admin, SchoolSettings.ATTENDANCE_SESSIONS, "2");
        Path f = file(List.of(
                List.of("05/10/2026", "Chiều", "HS001", "P"),
                java.util.Arrays.asList("05/10/2026", null, "HS002", "P")));

        AttendanceImportResult r = importFile(office, f);

        assertThat(r.issues()).filteredOn(ImportIssue::isError).singleElement()
                .extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(3, "Buổi", "pupil.import.required");
        Path good = file(List.of(List.of("05/10/2026", "Chiều", "HS001", "P")));
        assertThat(importFile(office, good).marks()).isEqualTo(1);
        assertThat(stored()).containsExactly(new AttendanceMark(an, OCT_5, DaySession.CHIEU, AttendanceCode.EXCUSED));
    }

    @Test
    void onlyThoseWhoMayEnterTheClassMayImportIt() throws IOException {
        Path f = file(List.of(List.of("05/10/2026", "Sáng", "HS001", "P")));
        assertThat(code(() -> importFile(homeroom6b, f))).isEqualTo("scope.notYourClassOrSubject");
        assertThat(code(() -> importFile(principal, f))).isEqualTo("auth.denied");
        assertThat(stored()).isEmpty();
    }
}
