package vn.sotruong.data.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.core.year.CalendarDay;
import vn.sotruong.core.year.DayKind;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** The school's year as set up, and data scope: teachers reach only what they are assigned. */
class ScopeAndSetupTest extends SchoolStoreFixture {
    private long year;

    @org.junit.jupiter.api.BeforeEach
    void currentYear() {
        year = s.years().currentYear().orElseThrow().id();
    }

    @Test
    void aNewYearHasTermsWeeksHolidaysAndTheProgrammesSubjects() {
        assertThat(s.years().terms(year)).hasSize(2);
        assertThat(s.years().weeks(year)).hasSize(35);
        assertThat(s.years().subjects(year)).extracting(Subject::code).contains("TOAN", "NGUVAN", "KHTN", "AMNHAC",
                "MITHUAT", "GDDP").hasSize(13);
        Subject cn = s.years().subjects(year).stream().filter(x -> x.code().equals("CONGNGHE")).findFirst().orElseThrow();
        assertThat(cn.periodsPerGrade()).containsEntry(6, 35).containsEntry(8, 52);
        assertThat(s.years().calendar(year).isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
    }

    @Test
    void editingTheCalendarRenumbersTheWeeks() {
        LocalDate monday = s.years().weeks(year).get(20).monday();
        for (int i = 0; i < 5; i++) {
            s.years().setCalendarDay(admin, year, new CalendarDay(monday.plusDays(i), DayKind.HOLIDAY, "Nghỉ bão"));
        }
        assertThat(s.years().weeks(year)).hasSize(35).noneMatch(w -> w.monday().equals(monday));
        assertThat(s.years().calendar(year).isWorkingDay(monday.plusDays(2))).isFalse();
    }

    @Test
    void aSubjectTeacherSeesAndEntersOnlyTheirClassesAndSubjects() {
        long c6a = s.organisation().addClass(admin, year, 6, "6a", null);
        long c6b = s.organisation().addClass(admin, year, 6, "6B", null);
        Actor gv = Schools.person(s, "gv.toan", "Ngô Bảo Châu", Role.GVBM);
        long toan = s.years().subjects(year).stream().filter(x -> x.code().equals("TOAN")).findFirst().orElseThrow().id();
        long van = s.years().subjects(year).stream().filter(x -> x.code().equals("NGUVAN")).findFirst().orElseThrow().id();
        s.organisation().assign(Schools.admin(s), year, c6a, toan, gv.staffId());

        assertThat(s.organisation().classes(gv, year)).extracting(SchoolClass::name).containsExactly("6A");
        assertThat(s.organisation().classes(Schools.admin(s), year)).extracting(SchoolClass::name)
                .containsExactly("6A", "6B");
        SchoolClass a = s.organisation().requireClass(gv, c6a);
        assertThat(s.organisation().scope().canEnterScores(gv, a, toan)).isTrue();
        assertThat(s.organisation().scope().canEnterScores(gv, a, van)).isFalse();
        assertThat(code(() -> s.organisation().requireClass(gv, c6b))).isEqualTo("scope.notYourClassOrSubject");
    }

    @Test
    void aHomeroomTeacherSeesTheirClassButEntersNoSubjectScoresWithoutAnAssignment() {
        Actor gvcn = Schools.person(s, "gvcn.7a", "Tô Ngọc Vân", Role.GVCN, Role.GVBM);
        long c7a = s.organisation().addClass(admin, year, 7, "7A", gvcn.staffId());
        s.organisation().addClass(admin, year, 7, "7B", null);
        assertThat(s.organisation().classes(gvcn, year)).extracting(SchoolClass::name).containsExactly("7A");
        long toan = s.years().subjects(year).getFirst().id();
        assertThat(s.organisation().scope().canEnterScores(gvcn, s.organisation().requireClass(gvcn, c7a), toan))
                .isFalse();
    }

    @Test
    void badClassesAreRefusedAndNothingIsAdded() {
        s.organisation().addClass(admin, year, 6, "6A", null);
        assertThat(code(() -> s.organisation().addClass(admin, year, 6, "6A", null))).isEqualTo("class.exists");
        assertThat(code(() -> s.organisation().addClass(admin, year, 3, "3A", null))).isEqualTo("class.gradeInvalid");
        assertThat(code(() -> s.organisation().addClass(admin, year, 6, " ", null))).isEqualTo("class.nameRequired");
        Actor teacher = Schools.person(s, "gv.ly", "Lý Tự Trọng", Role.GVBM);
        assertThat(code(() -> s.organisation().addClass(teacher, year, 6, "6C", null))).isEqualTo("auth.denied");
        assertThat(s.organisation().classes(admin, year)).hasSize(1);
    }

}
