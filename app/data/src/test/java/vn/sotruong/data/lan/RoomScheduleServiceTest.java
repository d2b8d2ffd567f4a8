package vn.sotruong.data.lan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.lan.LanSharing;
import vn.sotruong.core.lan.RoomSchedule;
import vn.sotruong.core.lan.RoomScheduleService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/**
 * Lịch phòng máy on a real store with the test's clock: inside and outside the windows, exceptional dates, the end
 * of a window, and lines refused with a translated message and nothing changed. The clock starts on Monday
 * 23/11/2026 at 08:00 school time (01:00 UTC).
 */
class RoomScheduleServiceTest extends SchoolStoreFixture {
    private static final List<String> WEEK = List.of("MON 07:00-11:00", "T4 13h30-16h30");

    private RoomScheduleService schedule() {
        return store.roomSchedule();
    }

    @Test
    void anEmptyScheduleAdmitsAtAnyTimeWithoutAnEnd() {
        assertThat(schedule().schedule().empty()).isTrue();
        assertThat(schedule().admit()).isEmpty();
        clock.advance(Duration.ofHours(15));
        assertThat(schedule().admit()).isEmpty();
    }

    @Test
    void insideAWindowTheLoginIsAdmittedUntilTheWindowEnds() {
        schedule().set(admin, WEEK, List.of());
        assertThat(schedule().admit()).contains(Instant.parse("2026-11-23T04:00:00Z"));
        clock.advance(Duration.ofMinutes(179));
        assertThat(schedule().admit()).as("10:59, the last minute").contains(Instant.parse("2026-11-23T04:00:00Z"));
    }

    @Test
    void atTheWindowsEndTheLoginIsRefusedNamingTheNextWindowInBothLanguages() {
        schedule().set(admin, WEEK, List.of());
        clock.advance(Duration.ofHours(3));
        DomainException e = refusal(() -> schedule().admit());
        assertThat(e.code()).isEqualTo("lan.outsideSchedule");
        assertThat(Messages.vietnamese().of(e)).contains("Thứ Tư 25/11/2026, 13:30–16:30");
        assertThat(new Messages(Locale.ENGLISH).of(e)).contains("Wednesday 25/11/2026, 13:30–16:30");
    }

    @Test
    void aClosedDateReplacesItsWeekdayAndAnOpenDateAddsHours() {
        schedule().set(admin, WEEK, List.of("2026-11-23 nghỉ", "2026-11-24 07:30-09:00"));
        DomainException e = refusal(() -> schedule().admit());
        assertThat(e.code()).isEqualTo("lan.outsideSchedule");
        assertThat(Messages.vietnamese().of(e)).contains("Thứ Ba 24/11/2026, 07:30–09:00");
        clock.advance(Duration.ofDays(1));
        assertThat(schedule().admit()).as("Tuesday 08:00 on the open date")
                .contains(Instant.parse("2026-11-24T02:00:00Z"));
        assertThat(schedule().schedule().dayLines()).containsExactly("2026-11-23 closed", "2026-11-24 07:30-09:00");
    }

    @Test
    void withNoWindowAheadTheRefusalSaysSo() {
        schedule().set(admin, List.of(), List.of("2026-11-20 07:00-08:00"));
        assertThat(refusal(() -> schedule().admit()).code()).isEqualTo("lan.outsideScheduleNoWindow");
    }

    @Test
    void settingIsAuditedAndClearingAllowsAlways() {
        schedule().set(admin, WEEK, List.of());
        assertThat(s.audit().latest(admin, 1)).first().satisfies(ev -> {
            assertThat(ev.kind()).isEqualTo(AuditKind.SETTING_CHANGED);
            assertThat(ev.detail()).contains("MON 07:00-11:00;WED 13:30-16:30");
        });
        assertThat(schedule().clear(admin).empty()).isTrue();
        assertThat(schedule().schedule().empty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "from after to|MON 11:00-07:00||lan.schedule.fromAfterTo",
        "from equals to|MON 07:00-07:00||lan.schedule.fromAfterTo",
        "overlapping windows|MON 07:00-11:00;MON 10:00-12:00||lan.schedule.overlap",
        "bad time text|MON 7 giờ-11 giờ||lan.schedule.timeInvalid",
        "hour 25|MON 07:00-25:00||lan.schedule.timeInvalid",
        "unknown day|THỨ HAI 07:00-11:00||lan.schedule.dayInvalid",
        "day without hours|MON||lan.schedule.dayInvalid",
        "bad date|MON 07:00-11:00|2026-13-01 nghỉ|lan.schedule.dateInvalid",
        "date closed and open|MON 07:00-11:00|2026-11-24 nghỉ;2026-11-24 07:00-09:00|lan.schedule.closedAndOpen",
        "date without hours|MON 07:00-11:00|2026-11-24|lan.schedule.timeInvalid"})
    void badLinesAreRefusedTranslatedAndChangeNothing(String why, String weekly, String days, String refusal) {
        schedule().set(admin, WEEK, List.of());
        int events = s.audit().latest(admin, 100).size();
        DomainException e = refusal(() -> schedule().set(admin, lines(weekly), lines(days)));
        assertThat(e.code()).isEqualTo(refusal);
        assertThat(Messages.vietnamese().of(e)).doesNotContain(refusal);
        assertThat(new Messages(Locale.ENGLISH).of(e)).doesNotContain(refusal);
        assertThat(schedule().schedule().weeklyLines()).containsExactly("MON 07:00-11:00", "WED 13:30-16:30");
        assertThat(s.audit().latest(admin, 100)).hasSize(events);
    }

    @Test
    void onlyTheAdministratorChangesTheScheduleAndTheSharing() {
        Actor teacher = Schools.person(s, "gv.toan", "Phạm Văn Toán", Role.GVBM);
        assertThat(code(() -> schedule().set(teacher, WEEK, List.of()))).isEqualTo("auth.denied");
        assertThat(code(() -> store.lanSharing().update(teacher, true, "0.0.0.0", "8443", true)))
                .isEqualTo("auth.denied");
        assertThat(schedule().schedule().empty()).isTrue();
        assertThat(store.lanSharing().current()).isEqualTo(LanSharing.OFF);
    }

    @Test
    void theSharingSwitchIsRememberedAndBadValuesChangeNothing() {
        assertThat(store.lanSharing().update(admin, true, "127.0.0.1", " 9443 ", false))
                .isEqualTo(new LanSharing(true, "127.0.0.1", 9443, false));
        assertThat(code(() -> store.lanSharing().update(admin, false, "127.0.0.1", "70000", true)))
                .isEqualTo("lan.portInvalid");
        assertThat(code(() -> store.lanSharing().update(admin, false, "phòng máy", "8443", true)))
                .isEqualTo("lan.bindInvalid");
        assertThat(store.lanSharing().current()).isEqualTo(new LanSharing(true, "127.0.0.1", 9443, false));
    }

    @Test
    void theTextFormReadsBack() {
        RoomSchedule s = RoomSchedule.parse(List.of("CN 18:00-24:00", "t2 7:00-11:00"), List.of());
        assertThat(s.weeklyLines()).containsExactly("MON 07:00-11:00", "SUN 18:00-24:00");
        assertThat(RoomSchedule.parse(s.weeklyLines(), s.dayLines())).isEqualTo(s);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split(";"));
    }

    private static DomainException refusal(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
