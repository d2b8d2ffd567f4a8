package vn.sotruong.data.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.attendance.AbsenceCounting;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.AttendanceStore;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.attendance.SchoolDays;

/** The store's grouped tallies agree with the counting rule in core, for the year and for a term. */
class AbsenceCountsTest extends AttendanceFixture {

    private AttendanceStore store() {
        return s.stores().attendance();
    }

    /** Random marks on every school day of the year, both sessions, for the 6A pupils before anyone left. */
    private List<AttendanceMark> randomYear(long seed) {
        SchoolDays days = s.attendance().schoolDays(year);
        Random random = new Random(seed);
        List<AttendanceMark> marks = new ArrayList<>();
        for (LocalDate d : days.all()) {
            for (long pupil : new long[] {an, binh, chau}) {
                for (DaySession session : DaySession.values()) {
                    int roll = random.nextInt(10);
                    if (roll < 3) {
                        marks.add(new AttendanceMark(pupil, d, session, AttendanceCode.values()[roll]));
                    }
                }
            }
        }
        return marks;
    }

    @Test
    void yearAndTermTalliesAreTheRuleAppliedToTheStoredMarks() {
        List<AttendanceMark> marks = randomYear(12);
        store().insert(year, c6a, marks);
        List<Long> pupils = List.of(an, binh, chau, dung, em);

        Map<Long, AbsenceTally> yearly = store().yearTallies(year, pupils);

        Map<Long, AbsenceTally> expected = AbsenceCounting.byPupil(marks);
        assertThat(yearly).hasSize(5).containsEntry(dung, AbsenceTally.NONE).containsEntry(em, AbsenceTally.NONE);
        for (long p : new long[] {an, binh, chau}) {
            assertThat(yearly.get(p)).isEqualTo(expected.get(p));
            // more than a year's worth of sessions would mean sessions were counted, not days
            assertThat(yearly.get(p).absences() + yearly.get(p).late()).isLessThanOrEqualTo(s.attendance()
                    .schoolDays(year).all().size());
        }

        LocalDate termTwo = s.years().terms(year).get(1).start();
        Map<Long, AbsenceTally> first = store().tallies(year, FIRST_DAY, termTwo, pupils);
        Map<Long, AbsenceTally> second = store().tallies(year, termTwo, LocalDate.of(2027, 9, 1), pupils);
        for (long p : new long[] {an, binh, chau}) {
            List<AttendanceMark> inFirst = marks.stream().filter(m -> m.pupilId() == p && m.date().isBefore(termTwo))
                    .toList();
            assertThat(first.get(p)).isEqualTo(AbsenceCounting.tally(inFirst));
            assertThat(first.get(p).plus(second.get(p))).isEqualTo(yearly.get(p));
        }
    }

    @Test
    void manyPupilsAreAnsweredByTheSameRuleAndOthersYearsDoNotCount() {
        List<AttendanceMark> marks = randomYear(99);
        store().insert(year, c6a, marks);
        // more pupils than fit one IN list: the whole year is read and the asked ones kept
        List<Long> many = new ArrayList<>(LongStream.rangeClosed(100_000, 101_500).boxed().toList());
        many.add(an);

        Map<Long, AbsenceTally> tallies = store().yearTallies(year, many);

        assertThat(tallies).hasSize(many.size()).containsEntry(an, AbsenceCounting.byPupil(marks).get(an))
                .doesNotContainKey(binh);
        assertThat(store().yearTallies(year + 1, List.of(an))).containsEntry(an, AbsenceTally.NONE);
        assertThat(store().yearTallies(year, List.of())).isEmpty();
    }
}
