package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import vn.sotruong.core.gradebook.SheetRef;
import org.junit.jupiter.api.Test;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Wire.LoginAnswer;

/**
 * Sessions are kept in memory (ADR 0034): after the office service restarts, a workstation's next call with its old
 * session is told {@code lan.sessionEnded} ("the office service restarted: sign in again"), and signing in again works.
 */
class OfficeRestartTest extends LanFixture {
    private static final SheetRef TOAN = SheetRef.subject("TOAN");

    @Test
    void afterARestartTheOldSessionIsToldItEndedAndANewSignInWorks() {
        WorkstationPairing p = pairedWorkstation("Phòng máy 1");
        OfficeClient ws = client(p);
        LoginAnswer before = ws.login("gv.toan", PASSWORD.toCharArray());
        assertThat(ws.sheet(before, c7a, TOAN).rows()).hasSize(2);

        int port = server.port();
        server.close();
        server = OfficeServer.start(s, store.workstations(), store.roomSchedule(), certificate, "127.0.0.1", port,
                clock);

        assertThat(code(() -> ws.sheet(before, c7a, TOAN))).isEqualTo("lan.sessionEnded");
        assertThat(code(() -> ws.changes(before, c7a, TOAN))).isEqualTo("lan.sessionEnded");
        assertThat(LanApi.statusOf("lan.sessionEnded")).isEqualTo(401);
        LoginAnswer after = ws.login("gv.toan", PASSWORD.toCharArray());
        assertThat(ws.sheet(after, c7a, TOAN).rows()).hasSize(2);
        // a token this run never made, without a run part, is still "not signed in"
        LoginAnswer forged = new LoginAnswer("forged-token-without-run", after.login(), after.fullName(), after.roles(),
                after.idleSeconds(), after.key());
        assertThat(code(() -> ws.sheet(forged, c7a, TOAN))).isEqualTo("lan.sessionUnknown");
    }
}
