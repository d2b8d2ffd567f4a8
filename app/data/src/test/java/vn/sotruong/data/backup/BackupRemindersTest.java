package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotruong.core.year.Term;
import vn.sotruong.data.backup.BackupReminder.Kind;
import vn.sotruong.data.support.SchoolStoreFixture;

/**
 * When the app reminds to back up to a stick. Dates are written relative to the school year's own
 * term ends (T1 = end of term I, T2 = end of the year), read from the store, so the table holds
 * whatever the calendar says.
 */
class BackupRemindersTest extends SchoolStoreFixture {
    static Stream<Arguments> cases() {
        return Stream.of(
                // today, last USB backup (null = never), expected reminders
                Arguments.of("never, before any term end", "T1-30", null, List.of(Kind.NEVER_ON_USB), null),
                Arguments.of("never, after term I", "T1+3", null, List.of(Kind.NEVER_ON_USB, Kind.EVENT),
                        BackupEvent.Kind.TERM_END),
                Arguments.of("3 days ago, setting 7", "T1-30", "T1-33", List.of(), null),
                Arguments.of("exactly 7 days ago", "T1-30", "T1-37", List.of(Kind.DAYS_SINCE_USB), null),
                Arguments.of("after term I, last backup the day before it", "T1+2", "T1-1", List.of(Kind.EVENT),
                        BackupEvent.Kind.TERM_END),
                Arguments.of("after term I, backed up on its last day", "T1+2", "T1+0", List.of(), null),
                Arguments.of("after the year's end", "T2+1", "T2-2", List.of(Kind.EVENT), BackupEvent.Kind.YEAR_END),
                Arguments.of("long after the year's end", "T2+20", "T2-2", List.of(Kind.DAYS_SINCE_USB, Kind.EVENT),
                        BackupEvent.Kind.YEAR_END),
                Arguments.of("last backup dated after today", "T1-30", "T1-20", List.of(Kind.USB_DATED_LATER), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reminders(String name, String today, String lastUsb, List<Kind> expected, BackupEvent.Kind event) {
        LocalDate t = date(today);
        Optional<Instant> last = Optional.ofNullable(lastUsb)
                .map(d -> date(d).atTime(LocalTime.of(16, 30)).atZone(BackupFileName.SCHOOL_ZONE).toInstant());
        List<BackupReminder> due = new BackupReminders(BackupReminders.REGULATED).due(s, BackupSettings.DEFAULTS, last,
                t.atTime(9, 0).atZone(BackupFileName.SCHOOL_ZONE).toInstant(), t);
        assertThat(due).extracting(BackupReminder::kind).containsExactlyElementsOf(expected);
        assertThat(due.stream().flatMap(r -> r.event().stream()).map(BackupEvent::kind).findFirst().orElse(null))
                .isEqualTo(event);
    }

    @Test
    void the_days_are_counted_and_the_event_named() {
        LocalDate t1 = termEnd(1);
        List<BackupReminder> due = new BackupReminders(BackupReminders.REGULATED).due(s, BackupSettings.DEFAULTS,
                Optional.of(t1.minusDays(10).atStartOfDay(BackupFileName.SCHOOL_ZONE).toInstant()),
                t1.plusDays(1).atStartOfDay(BackupFileName.SCHOOL_ZONE).toInstant(), t1.plusDays(1));
        assertThat(due.getFirst().days()).isEqualTo(11);
        assertThat(due.getFirst().lastUsb()).contains(t1.minusDays(10));
        assertThat(due.get(1).event().orElseThrow()).isEqualTo(new BackupEvent(BackupEvent.Kind.TERM_END, t1, "1"));
    }

    @Test
    void a_later_feature_adds_its_events_through_a_source() {
        LocalDate checked = termEnd(1).minusDays(40);
        BackupReminders.EventSource dataChecked = (services, today) ->
                List.of(new BackupEvent(BackupEvent.Kind.TERM_END, checked, "kiểm tra dữ liệu"));
        List<BackupReminder> due = new BackupReminders(List.of(BackupReminders.TERM_ENDS, dataChecked)).due(s,
                BackupSettings.DEFAULTS, Optional.of(checked.minusDays(1).atStartOfDay(BackupFileName.SCHOOL_ZONE)
                        .toInstant()), checked.plusDays(2).atStartOfDay(BackupFileName.SCHOOL_ZONE).toInstant(),
                checked.plusDays(2));
        assertThat(due).singleElement().satisfies(r -> assertThat(r.event().orElseThrow().detail())
                .isEqualTo("kiểm tra dữ liệu"));
    }

    @Test
    void a_backup_to_a_stick_silences_the_never_reminder() {
        BackupService service = new BackupService(store, clock);
        assertThat(service.reminders()).extracting(BackupReminder::kind).contains(Kind.NEVER_ON_USB);
        service.create(admin, dir.resolve("usb"), "SaoLuu#2026".toCharArray());
        assertThat(service.reminders()).isEmpty();
        service.create(admin, service.localFolder(), "SaoLuu#2026".toCharArray());
        assertThat(service.reminders()).isEmpty();
    }

    private LocalDate termEnd(int number) {
        long year = s.years().currentYear().orElseThrow().id();
        return s.years().terms(year).stream().filter(t -> t.number() == number).map(Term::end).findFirst()
                .orElseThrow();
    }

    /** "T1+3": three days after the end of term I; "T2-2": two days before the end of the year. */
    private LocalDate date(String text) {
        LocalDate base = termEnd(text.charAt(1) - '0');
        return base.plusDays(Integer.parseInt(text.substring(2)));
    }
}
