package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.sotruong.core.gradebook.Approval;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.data.gradebook.GradebookFixture;
import vn.sotruong.data.support.Schools;

/**
 * The regulated events that come from what the school did (results approved = data checked, registers
 * printed): each reminds until a USB backup is made on or after its day, in the school's time zone.
 */
class BackupEventSourcesTest extends GradebookFixture {
    /** 2026-11-20 18:30 UTC is already 21/11 in Hồ Chí Minh City. */
    private static final Instant EVENING_UTC = Instant.parse("2026-11-20T18:30:00Z");
    private static final LocalDate SCHOOL_DAY = LocalDate.of(2026, 11, 21);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private void approve() {
        s.stores().transactions().run(() ->
                s.stores().gradebook().approve(new Approval(year, c7a, "HK1", "hieutruong", EVENING_UTC, "f")));
    }

    private void print() {
        s.stores().transactions().run(() -> {
            long id = s.stores().printLedger().reserveId();
            s.stores().printLedger().record(new PrintRecord(id, year, new PrintRequest(RegisterName.SO_GOI_TEN,
                    RegisterScope.ofClass("7A"), null, null, year), Schools.ADMIN, EVENING_UTC, "van-phong", "f", 1,
                    "0".repeat(64), List.of()));
        });
    }

    private List<BackupEvent> events(LocalDate lastUsb) {
        Optional<Instant> last = Optional.ofNullable(lastUsb)
                .map(d -> d.atTime(10, 0).atZone(BackupFileName.SCHOOL_ZONE).toInstant());
        return new BackupReminders(List.of(BackupReminders.RESULTS_APPROVED, BackupReminders.REGISTERS_PRINTED))
                .due(s, BackupSettings.DEFAULTS, last, TODAY.atTime(9, 0).atZone(BackupFileName.SCHOOL_ZONE)
                        .toInstant(), TODAY).stream().flatMap(r -> r.event().stream()).toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // what happened, last USB backup (null = never), the event reminded of (null = none)
                Arguments.of("approved, never backed up", "approve", null, BackupEvent.Kind.RESULTS_APPROVED, "7A"),
                Arguments.of("approved, backed up the day before", "approve", SCHOOL_DAY.minusDays(1),
                        BackupEvent.Kind.RESULTS_APPROVED, "7A"),
                Arguments.of("approved, backed up that day", "approve", SCHOOL_DAY, null, null),
                Arguments.of("approved, backed up after", "approve", SCHOOL_DAY.plusDays(1), null, null),
                Arguments.of("printed, backed up the day before", "print", SCHOOL_DAY.minusDays(1),
                        BackupEvent.Kind.REGISTERS_PRINTED, "1"),
                Arguments.of("printed, backed up that day", "print", SCHOOL_DAY, null, null),
                Arguments.of("nothing happened", "", SCHOOL_DAY.minusDays(30), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void an_event_reminds_until_a_usb_backup_on_or_after_its_school_day(String name, String happened,
                                                                          LocalDate lastUsb, BackupEvent.Kind kind,
                                                                          String detail) {
        if (happened.equals("approve")) {
            approve();
        } else if (happened.equals("print")) {
            print();
        }
        List<BackupEvent> events = events(lastUsb);
        if (kind == null) {
            assertThat(events).isEmpty();
        } else {
            assertThat(events).containsExactly(new BackupEvent(kind, SCHOOL_DAY, detail));
        }
    }

    @Test
    void two_prints_on_one_day_are_one_event_counting_both_and_the_regulated_list_has_every_source() {
        print();
        print();
        assertThat(events(SCHOOL_DAY.minusDays(1)))
                .containsExactly(new BackupEvent(BackupEvent.Kind.REGISTERS_PRINTED, SCHOOL_DAY, "2"));
        assertThat(BackupReminders.REGULATED).contains(BackupReminders.TERM_ENDS, BackupReminders.RESULTS_APPROVED,
                BackupReminders.REGISTERS_PRINTED);
    }
}
