package vn.sotruong.data.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sotruong.core.attendance.AttendanceCode.EXCUSED;
import static vn.sotruong.core.attendance.AttendanceCode.LATE;
import static vn.sotruong.core.attendance.AttendanceCode.UNEXCUSED;
import static vn.sotruong.core.attendance.DaySession.CHIEU;
import static vn.sotruong.core.attendance.DaySession.SANG;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.ClassMonth;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.school.SchoolSettings;
import vn.sotruong.core.security.Actor;

/** Entering a class's day: who may, which days, which pupils, replace semantics and the audit trail. */
class AttendanceServiceTest extends AttendanceFixture {

    private int enter(Actor who, long classId, LocalDate day, Map<Long, AttendanceCode> codes) {
        return s.attendance().enterDay(who, classId, day, SANG, codes);
    }

    private List<AttendanceMark> stored6a() {
        return s.stores().attendance().marks(c6a, FIRST_DAY, LocalDate.of(2027, 6, 1));
    }

    @Test
    void theHomeroomTeacherSavesAWholeDayAndTheAuditSaysWhoChangedWhatFromWhatToWhat() {
        int changed = enter(homeroom6a, c6a, OCT_5, Map.of(an, EXCUSED, binh, UNEXCUSED));

        assertThat(changed).isEqualTo(2);
        assertThat(stored6a()).containsExactlyInAnyOrder(new AttendanceMark(an, OCT_5, SANG, EXCUSED),
                new AttendanceMark(binh, OCT_5, SANG, UNEXCUSED));
        AuditEntry first = attendanceEvents().getFirst();
        assertThat(first.actorLogin()).isEqualTo("gvcn.6a");
        assertThat(first.target()).isEqualTo("class:6A");
        assertThat(first.detail()).isEqualTo("05/10/2026 SANG: HS001 –→P, HS002 –→K");

        // the day again, as a whole: Bình came after all, Châu was late, An stays excused
        Map<Long, AttendanceCode> again = new HashMap<>();
        again.put(an, EXCUSED);
        again.put(binh, null);
        again.put(chau, LATE);
        assertThat(enter(homeroom6a, c6a, OCT_5, again)).isEqualTo(2);

        assertThat(stored6a()).containsExactlyInAnyOrder(new AttendanceMark(an, OCT_5, SANG, EXCUSED),
                new AttendanceMark(chau, OCT_5, SANG, LATE));
        assertThat(attendanceEvents()).hasSize(2);
        assertThat(attendanceEvents().getFirst().detail()).isEqualTo("05/10/2026 SANG: HS002 K→–, HS003 –→M");
        assertThat(s.audit().verify(admin)).isEmpty();

        // saving the same day unchanged writes and audits nothing
        assertThat(enter(homeroom6a, c6a, OCT_5, Map.of(an, EXCUSED, chau, LATE))).isZero();
        assertThat(attendanceEvents()).hasSize(2);
    }

    static Stream<Arguments> refusedDays() {
        return Stream.of(
                Arguments.of("a Saturday", LocalDate.of(2026, 10, 10), "attendance.notSchoolDay"),
                Arguments.of("a Sunday", LocalDate.of(2026, 10, 11), "attendance.notSchoolDay"),
                Arguments.of("Tết Dương lịch (a Friday)", LocalDate.of(2027, 1, 1), "attendance.notSchoolDay"),
                Arguments.of("Tết Nguyên đán", LocalDate.of(2027, 2, 9), "attendance.notSchoolDay"),
                Arguments.of("before the year starts", LocalDate.of(2026, 9, 4), "attendance.outsideYear"),
                Arguments.of("after the year ends", LocalDate.of(2027, 6, 15), "attendance.outsideYear"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedDays")
    void daysThatAreNotSchoolDaysOfTheYearAreRefused(String what, LocalDate day, String expected) {
        assertThat(code(() -> enter(homeroom6a, c6a, day, Map.of(an, EXCUSED)))).isEqualTo(expected);
        assertThat(stored6a()).isEmpty();
        assertThat(attendanceEvents()).isEmpty();
    }

    @Test
    void onlyPupilsInTheClassOnThatDayTakeAMark() {
        // Dũng transferred out on 01/10: the days before keep him, the days after refuse him
        assertThat(enter(homeroom6a, c6a, LocalDate.of(2026, 9, 30), Map.of(dung, UNEXCUSED))).isEqualTo(1);
        assertThat(code(() -> enter(homeroom6a, c6a, OCT_5, Map.of(an, EXCUSED, dung, UNEXCUSED))))
                .isEqualTo("attendance.notEnrolled");
        // a 6B pupil is not a 6A pupil, even for the office
        assertThat(code(() -> enter(office, c6a, OCT_5, Map.of(em, LATE)))).isEqualTo("attendance.notEnrolled");
        assertThat(stored6a()).containsExactly(new AttendanceMark(dung, LocalDate.of(2026, 9, 30), SANG, UNEXCUSED));
        assertThat(attendanceEvents()).hasSize(1);
    }

    @Test
    void theAfternoonIsKeptOnlyWhenTheSchoolSetsTwoSessions() {
        assertThat(code(() -> s.attendance().enterDay(homeroom6a, c6a, OCT_5, CHIEU, Map.of(an, EXCUSED))))
                .isEqualTo("attendance.sessionNotKept");
        assertThat(s.attendance().sessions()).containsExactly(SANG);

        s.settingsService().update(admin, SchoolSettings.ATTENDANCE_SESSIONS, "2");
        assertThat(code(() -> s.settingsService().update(admin, SchoolSettings.ATTENDANCE_SESSIONS, "3")))
                .isEqualTo("setting.outOfRange");

        assertThat(s.attendance().sessions()).containsExactly(SANG, CHIEU);
        s.attendance().enterDay(homeroom6a, c6a, OCT_5, CHIEU, Map.of(an, UNEXCUSED));
        s.attendance().enterDay(homeroom6a, c6a, OCT_5, SANG, Map.of(an, EXCUSED));
        // both sessions of one day: one buổi, không phép
        assertThat(s.attendance().yearTotals(homeroom6a, c6a)).containsEntry(an, new AbsenceTally(0, 1, 0));
    }

    static Stream<Arguments> whoMayEnter() {
        return Stream.of(
                Arguments.of("the class's homeroom teacher", "6a", "ok"),
                Arguments.of("the office (PUPILS_EDIT)", "office", "ok"),
                Arguments.of("the administrator (PUPILS_EDIT)", "admin", "ok"),
                Arguments.of("another class's homeroom teacher", "6b", "scope.notYourClassOrSubject"),
                Arguments.of("a subject teacher of the class", "teacher", "auth.denied"),
                Arguments.of("the principal (sees every class)", "principal", "auth.denied"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whoMayEnter")
    void theHomeroomTeacherAndTheOfficeEnterAndTheOthersRead(String who, String key, String expected) {
        Actor actor = switch (key) {
            case "6a" -> homeroom6a;
            case "office" -> office;
            case "admin" -> admin;
            case "6b" -> homeroom6b;
            case "teacher" -> subjectTeacher;
            default -> principal;
        };
        assertThat(code(() -> enter(actor, c6a, OCT_5, Map.of(an, EXCUSED)))).isEqualTo(expected);
        assertThat(stored6a()).hasSize(expected.equals("ok") ? 1 : 0);
        boolean reads = !key.equals("6b");
        assertThat(code(() -> s.attendance().month(actor, c6a, YearMonth.of(2026, 10)))).isEqualTo(reads ? "ok"
                : "scope.notYourClassOrSubject");
    }

    @Test
    void aMonthHoldsItsSchoolDaysThePupilsOfThoseDaysAndTheirTallies() {
        enter(homeroom6a, c6a, LocalDate.of(2026, 9, 29), Map.of(dung, UNEXCUSED, an, LATE));
        enter(homeroom6a, c6a, LocalDate.of(2026, 9, 30), Map.of(dung, UNEXCUSED, an, EXCUSED));
        enter(homeroom6a, c6a, OCT_5, Map.of(an, EXCUSED));

        ClassMonth sept = s.attendance().month(homeroom6a, c6a, YearMonth.of(2026, 9));
        assertThat(sept.days()).hasSize(18).startsWith(FIRST_DAY).endsWith(LocalDate.of(2026, 9, 30));
        // class-list order: by given name, then the rest
        assertThat(sept.pupils()).extracting(Pupil::code).containsExactly("HS001", "HS002", "HS003", "HS004");
        assertThat(sept.tally(dung)).isEqualTo(new AbsenceTally(0, 2, 0));
        assertThat(sept.tally(an)).isEqualTo(new AbsenceTally(1, 0, 1));
        assertThat(sept.classTally()).isEqualTo(new AbsenceTally(1, 2, 1));
        assertThat(sept.code(an, LocalDate.of(2026, 9, 29), SANG)).contains(LATE);
        assertThat(sept.editable()).isTrue();

        ClassMonth oct = s.attendance().month(homeroom6a, c6a, YearMonth.of(2026, 10));
        // Dũng left on 01/10: no school day of October has him
        assertThat(oct.pupils()).extracting(Pupil::code).containsExactly("HS001", "HS002", "HS003");
        assertThat(oct.days()).hasSize(22);
        assertThat(oct.tally(an)).isEqualTo(new AbsenceTally(1, 0, 0));
        assertThat(s.attendance().month(subjectTeacher, c6a, YearMonth.of(2026, 10)).editable()).isFalse();

        // Sept's last day keeps Dũng; a pupil who left mid-month shows, with his later days closed
        assertThat(sept.enrolledOn(dung, LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(s.attendance().totals(principal, c6a, FIRST_DAY, LocalDate.of(2026, 10, 1)))
                .containsEntry(an, new AbsenceTally(1, 0, 1)).containsEntry(dung, new AbsenceTally(0, 2, 0))
                .containsEntry(chau, AbsenceTally.NONE);
    }
}
