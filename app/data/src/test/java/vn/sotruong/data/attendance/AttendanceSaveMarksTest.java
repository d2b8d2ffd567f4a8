package vn.sotruong.data.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sotruong.core.attendance.AttendanceCode.EXCUSED;
import static vn.sotruong.core.attendance.AttendanceCode.LATE;
import static vn.sotruong.core.attendance.AttendanceCode.UNEXCUSED;
import static vn.sotruong.core.attendance.DaySession.CHIEU;
import static vn.sotruong.core.attendance.DaySession.SANG;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.MarkEdit;
import vn.sotruong.core.attendance.MarkProblem;
import vn.sotruong.core.attendance.MarkVersion;
import vn.sotruong.core.attendance.MarksRefused;
import vn.sotruong.core.attendance.MarksSaved;
import vn.sotruong.core.common.DomainException;

/** Saving typed attendance cells with versions: all or nothing, conflicts with who and what, retries, the counter. */
class AttendanceSaveMarksTest extends AttendanceFixture {
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final LocalDate OCT_6 = LocalDate.of(2026, 10, 6);

    private List<AttendanceMark> stored6a() {
        return s.stores().attendance().marks(c6a, FIRST_DAY, LocalDate.of(2027, 6, 1));
    }

    @Test
    void cellsOfSeveralDaysAreSavedWithVersionsAndTheCounterGrows() {
        long before = s.attendance().changeCount(homeroom6a, c6a, OCT);
        MarksSaved saved = s.attendance().saveMarks(homeroom6a, c6a, OCT, List.of(
                new MarkEdit(an, OCT_5, SANG, EXCUSED, 0), new MarkEdit(binh, OCT_6, SANG, LATE, 0)));

        assertThat(saved.changed()).isEqualTo(2);
        assertThat(saved.cells()).containsExactlyInAnyOrder(new MarkVersion(an, OCT_5, SANG, 1, "gvcn.6a"),
                new MarkVersion(binh, OCT_6, SANG, 1, "gvcn.6a"));
        assertThat(stored6a()).containsExactlyInAnyOrder(new AttendanceMark(an, OCT_5, SANG, EXCUSED),
                new AttendanceMark(binh, OCT_6, SANG, LATE));
        assertThat(saved.changes()).isEqualTo(before + 2).isEqualTo(s.attendance().changeCount(office, c6a, OCT));
        assertThat(attendanceEvents()).hasSize(2);
        assertThat(s.attendance().versions(principal, c6a, OCT)).hasSize(2);

        // back to present: the version grows again, the mark is gone
        MarksSaved cleared = s.attendance().saveMarks(homeroom6a, c6a, OCT, List.of(
                new MarkEdit(an, OCT_5, SANG, null, 1)));
        assertThat(cleared.cells()).containsExactly(new MarkVersion(an, OCT_5, SANG, 2, "gvcn.6a"));
        assertThat(stored6a()).containsExactly(new AttendanceMark(binh, OCT_6, SANG, LATE));
    }

    @Test
    void aCellChangedMeanwhileIsRefusedWithWhoAndWhatAndNothingIsWritten() {
        s.attendance().saveMarks(office, c6a, OCT, List.of(new MarkEdit(an, OCT_5, SANG, UNEXCUSED, 0)));
        int events = attendanceEvents().size();

        assertThatThrownBy(() -> s.attendance().saveMarks(homeroom6a, c6a, OCT, List.of(
                new MarkEdit(binh, OCT_5, SANG, LATE, 0), new MarkEdit(an, OCT_5, SANG, EXCUSED, 0))))
                .isInstanceOfSatisfying(MarksRefused.class, e -> assertThat(e.problems()).containsExactly(
                        new MarkProblem(an, OCT_5, SANG, "attendance.changedMeanwhile", List.of("vanphong", "K"))));
        assertThat(stored6a()).containsExactly(new AttendanceMark(an, OCT_5, SANG, UNEXCUSED));
        assertThat(attendanceEvents()).hasSize(events);
    }

    @Test
    void theSameValueSentAgainAfterALostAnswerIsSavedOnce() {
        List<MarkEdit> edit = List.of(new MarkEdit(an, OCT_5, SANG, EXCUSED, 0));
        s.attendance().saveMarks(homeroom6a, c6a, OCT, edit);
        MarksSaved again = s.attendance().saveMarks(homeroom6a, c6a, OCT, edit);

        assertThat(again.changed()).isZero();
        assertThat(again.cells()).containsExactly(new MarkVersion(an, OCT_5, SANG, 1, "gvcn.6a"));
        assertThat(attendanceEvents()).hasSize(1);
        // another value with the old version is a real conflict, even from the same person
        assertThatThrownBy(() -> s.attendance().saveMarks(homeroom6a, c6a, OCT,
                List.of(new MarkEdit(an, OCT_5, SANG, LATE, 0)))).isInstanceOf(MarksRefused.class);
    }

    @Test
    void theOfficeDaySaveAlsoCountsAsAChangeOfItsCells() {
        s.attendance().enterDay(homeroom6a, c6a, OCT_5, SANG, Map.of(chau, LATE));
        assertThatThrownBy(() -> s.attendance().saveMarks(office, c6a, OCT, List.of(
                new MarkEdit(chau, OCT_5, SANG, null, 0)))).isInstanceOfSatisfying(MarksRefused.class,
                e -> assertThat(e.problems().getFirst().args()).containsExactly("gvcn.6a", "M"));
        assertThat(s.attendance().changeCount(office, c6a, OCT)).isEqualTo(1);
    }

    static Stream<Arguments> refusedCells() {
        return Stream.of(
                Arguments.of("a day of another month", "attendance.otherMonth", 0L, LocalDate.of(2026, 11, 2), SANG),
                Arguments.of("a Saturday", "attendance.notSchoolDay", 0L, LocalDate.of(2026, 10, 10), SANG),
                Arguments.of("the afternoon, not kept", "attendance.sessionNotKept", 0L, OCT_5, CHIEU),
                Arguments.of("a pupil of 6B", "attendance.notEnrolled", 1L, OCT_5, SANG),
                Arguments.of("a pupil who left on 01/10", "attendance.notEnrolled", 2L, OCT_5, SANG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCells")
    void aWrongCellRefusesTheWholeSave(String what, String code, long whichPupil, LocalDate day,
                                       vn.sotruong.core.attendance.DaySession session) {
        long pupil = whichPupil == 0 ? an : whichPupil == 1 ? em : dung;
        assertThatThrownBy(() -> s.attendance().saveMarks(homeroom6a, c6a, OCT, List.of(
                new MarkEdit(binh, OCT_5, SANG, LATE, 0), new MarkEdit(pupil, day, session, UNEXCUSED, 0))))
                .isInstanceOfSatisfying(MarksRefused.class, e -> {
                    assertThat(e.problems()).extracting(MarkProblem::code).containsExactly(code);
                    assertThat(vn.sotruong.core.i18n.Messages.vietnamese().of(e)).contains("1 ô");
                });
        assertThat(stored6a()).isEmpty();
        assertThat(attendanceEvents()).isEmpty();
    }

    @Test
    void aTeacherWhoIsNotTheHomeroomTeacherOfTheClassChangesNothing() {
        assertThatThrownBy(() -> s.attendance().saveMarks(homeroom6b, c6a, OCT, List.of(
                new MarkEdit(an, OCT_5, SANG, UNEXCUSED, 0)))).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).asString().startsWith("scope.");
        assertThat(stored6a()).isEmpty();
    }
}
