package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Wire.LoginAnswer;

/**
 * Lịch phòng máy over HTTPS: a workstation signs in only inside a window (the refusal names the next one, in the
 * workstation's language), its session ends with the window, and the office PC's own sign-in never depends on it.
 * The fixture's clock starts on Monday 23/11/2026 at 08:00 school time.
 */
class RoomScheduleLanTest extends LanFixture {
    private static final SheetRef TOAN = SheetRef.subject("TOAN");

    @Test
    void insideTheWindowTheTeacherWorksAndAtItsEndTheSessionEnds() {
        store.roomSchedule().set(admin, List.of("MON 07:00-09:00", "WED 13:30-16:30"), List.of());
        OfficeClient ws = client(pairedWorkstation("Phòng máy 1"));
        LoginAnswer session = ws.login("gv.toan", PASSWORD.toCharArray());
        assertThat(ws.sheet(session, c7a, TOAN).rows()).hasSize(2);

        for (int i = 0; i < 59; i++) {
            // the teacher keeps working (the idle time never runs out) until 08:59
            clock.advance(Duration.ofMinutes(1));
            assertThat(ws.sheet(session, c7a, TOAN).rows()).hasSize(2);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(code(() -> ws.sheet(session, c7a, TOAN))).isEqualTo("lan.scheduleEnded");
        assertThat(code(() -> ws.sheet(session, c7a, TOAN))).as("the session is gone").isEqualTo("lan.sessionUnknown");
    }

    @Test
    void outsideTheWindowTheLoginIsRefusedWithTheNextWindowButTheOfficePcSignsIn() {
        store.roomSchedule().set(admin, List.of("MON 13:30-16:30"), List.of());
        WorkstationPairing p = pairedWorkstation("Phòng máy 1");
        int logins = s.audit().latest(admin, 1000).size();
        DomainException vi = refusal(() -> client(p).login("gv.toan", PASSWORD.toCharArray()));
        assertThat(vi.code()).isEqualTo("lan.outsideSchedule");
        assertThat(Messages.vietnamese().of(vi)).contains("Thứ Hai 23/11/2026, 13:30–16:30");
        DomainException en = refusal(() -> OfficeClient.paired(p, Locale.ENGLISH)
                .login("gv.toan", PASSWORD.toCharArray()));
        assertThat(new Messages(Locale.ENGLISH).of(en)).contains("Monday 23/11/2026, 13:30–16:30");
        assertThat(s.audit().latest(admin, 1000)).as("no sign-in was tried").hasSize(logins);

        assertThat(s.auth().login("gv.toan", PASSWORD.toCharArray(), "văn phòng").actor().login())
                .as("at the office PC itself").isEqualTo("gv.toan");
        clock.advance(Duration.ofHours(6));
        assertThat(client(p).login("gv.toan", PASSWORD.toCharArray()).fullName()).isEqualTo("Phạm Văn Toán");
    }

    @Test
    void anEmptyScheduleAllowsWorkstationsAtAnyTime() {
        OfficeClient ws = client(pairedWorkstation("Phòng máy 1"));
        clock.advance(Duration.ofHours(14));
        LoginAnswer session = ws.login("gv.toan", PASSWORD.toCharArray());
        assertThat(ws.sheet(session, c7a, TOAN).rows()).hasSize(2);
        assertThat(LanApi.statusOf("lan.outsideSchedule")).isEqualTo(403);
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
