package vn.sotruong.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Circular 22 Art 12 cl.1 (RULES.md §1.7): absences counted on the plan of one buổi a day, có phép
 * and không phép both counted, muộn not. Each line: the pupil's days ("S=P C=K" is a day absent in the
 * morning with leave and in the afternoon without; days separated by ";", "nP" repeats a one-session
 * day n times) and the expected có phép, không phép, muộn and Art 12 count.
 */
class AbsenceCountingTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no marks: present every day                  | ''              | 0  | 0  | 0 | 0
            one morning with leave                       | S=P             | 1  | 0  | 0 | 1
            one morning without leave                    | S=K             | 0  | 1  | 0 | 1
            late is not an absence                       | S=M             | 0  | 0  | 1 | 0
            two sessions absent the same day: one buổi   | S=P C=P         | 1  | 0  | 0 | 1
            K and P the same day: one buổi không phép    | S=P C=K         | 0  | 1  | 0 | 1
            afternoon only still counts the day          | C=K             | 0  | 1  | 0 | 1
            late in the morning, absent after: absent    | S=M C=P         | 1  | 0  | 0 | 1
            late twice in one day: one muộn              | S=M C=M         | 0  | 0  | 1 | 0
            two days, one of each                        | S=P;S=K         | 1  | 1  | 0 | 2
            days in a row and apart both count           | S=P;S=P;;S=P    | 3  | 0  | 0 | 3
            45 buổi with leave: the most still promoted  | 45P             | 45 | 0  | 0 | 45
            46 buổi: over the limit                      | 46P             | 46 | 0  | 0 | 46
            có phép and không phép add up                | 30P;16K         | 30 | 16 | 0 | 46
            two-session days count once each             | 23PP            | 23 | 0  | 0 | 23
            late days do not push over the limit         | 45K;10M         | 0  | 45 | 10| 45
            """)
    void countsAsArticle12Does(String what, String days, int excused, int unexcused, int late, int absences) {
        AbsenceTally t = AbsenceCounting.tally(marks(1, days));

        assertThat(t).as(what).isEqualTo(new AbsenceTally(excused, unexcused, late));
        assertThat(t.absences()).as(what).isEqualTo(absences);
    }

    @ParameterizedTest(name = "{0}{1}{2} → {3}")
    @CsvSource({
            "false, false, false, PRESENT",
            "true,  false, false, EXCUSED",
            "false, true,  false, UNEXCUSED",
            "false, false, true,  LATE",
            "true,  true,  false, UNEXCUSED",
            "true,  false, true,  EXCUSED",
            "false, true,  true,  UNEXCUSED",
            "true,  true,  true,  UNEXCUSED"})
    void aDayIsNotPresentWhenAnySessionIsMarked(boolean p, boolean k, boolean m, AbsenceCounting.DayCount expected) {
        assertThat(AbsenceCounting.day(p, k, m)).isEqualTo(expected);
    }

    @Test
    void theMonthsOfAYearAddUpToTheYear() {
        Random random = new Random(22);
        List<AttendanceMark> year = new ArrayList<>();
        for (LocalDate d = MONDAY; d.isBefore(MONDAY.plusMonths(9)); d = d.plusDays(1)) {
            for (long pupil = 1; pupil <= 5; pupil++) {
                for (DaySession s : DaySession.values()) {
                    int roll = random.nextInt(12);
                    if (roll < AttendanceCode.values().length) {
                        year.add(new AttendanceMark(pupil, d, s, AttendanceCode.values()[roll]));
                    }
                }
            }
        }
        Map<Long, AbsenceTally> whole = AbsenceCounting.byPupil(year);
        Map<YearMonth, List<AttendanceMark>> months = year.stream()
                .collect(Collectors.groupingBy(m -> YearMonth.from(m.date())));
        for (long pupil = 1; pupil <= 5; pupil++) {
            AbsenceTally sum = AbsenceTally.NONE;
            for (List<AttendanceMark> month : months.values()) {
                sum = sum.plus(AbsenceCounting.byPupil(month).getOrDefault(pupil, AbsenceTally.NONE));
            }
            assertThat(sum).isEqualTo(whole.get(pupil));
            assertThat(whole.get(pupil).absences()).isPositive();
        }
    }

    @Test
    void pupilsAreCountedApart() {
        List<AttendanceMark> marks = new ArrayList<>(marks(1, "S=K;S=P"));
        marks.addAll(marks(2, "S=M"));

        assertThat(AbsenceCounting.byPupil(marks)).containsExactlyInAnyOrderEntriesOf(Map.of(
                1L, new AbsenceTally(1, 1, 0), 2L, new AbsenceTally(0, 0, 1)));
    }

    @Test
    void aTallyCannotBeNegative() {
        assertThatThrownBy(() -> new AbsenceTally(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"P, EXCUSED", "k, UNEXCUSED", "' M ', LATE"})
    void lettersNameTheCodes(String letter, AttendanceCode code) {
        assertThat(AttendanceCode.ofLetter(letter)).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"V", "X", "''", "PK", "Có phép"})
    void otherLettersAreNoCode(String letter) {
        assertThat(AttendanceCode.ofLetter(letter)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Sáng, SANG", "sang, SANG", "CHIỀU, CHIEU", "Chieu, CHIEU"})
    void sessionsAreReadFromTheirVietnameseNames(String text, DaySession session) {
        assertThat(DaySession.ofLabel(text)).contains(session);
    }

    /**
     * The days of one pupil, one school day after another: "S=P C=K" a day with its sessions, "" a day
     * present, "nX" n one-session days of code X, "nXY" n two-session days.
     */
    private static List<AttendanceMark> marks(long pupil, String days) {
        List<AttendanceMark> out = new ArrayList<>();
        LocalDate day = MONDAY;
        for (String spec : days.split(";", -1)) {
            String s = spec.strip();
            if (s.matches("\\d+[PKM]{1,2}")) {
                int n = Integer.parseInt(s.replaceAll("\\D", ""));
                String codes = s.replaceAll("\\d", "");
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < codes.length(); j++) {
                        out.add(new AttendanceMark(pupil, day, DaySession.values()[j],
                                AttendanceCode.ofLetter(codes.substring(j, j + 1)).orElseThrow()));
                    }
                    day = day.plusDays(1);
                }
                continue;
            }
            for (String cell : s.isEmpty() ? new String[0] : s.split("\\s+")) {
                DaySession session = cell.startsWith("S") ? DaySession.SANG : DaySession.CHIEU;
                out.add(new AttendanceMark(pupil, day, session, AttendanceCode.ofLetter(cell.substring(2)).orElseThrow()));
            }
            day = day.plusDays(1);
        }
        return out;
    }
}
