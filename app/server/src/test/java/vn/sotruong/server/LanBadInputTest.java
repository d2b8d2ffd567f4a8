package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.server.RawLan.Answer;
import vn.sotruong.server.RawLan.Stamp;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Signing;

/**
 * The bad input against a real office PC on 127.0.0.1: a replayed request, an altered one, a workstation
 * whose clock is wrong, a flood of sign-ins and a teacher changing ids to reach another class. Each is refused with
 * a translated message, written to the service's log, and changes nothing.
 */
class LanBadInputTest extends LanFixture {
    private static final String TX1 = ColumnLayout.tx(1, 1);
    private static final SheetRef TOAN = SheetRef.subject("TOAN");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private RawLan raw;
    private WorkstationPairing ws;
    private String token;

    @BeforeEach
    void signIn() throws Exception {
        ((Logger) LoggerFactory.getLogger(LanApi.class)).addAppender(log);
        log.start();
        raw = new RawLan(server.port(), certificate.certificate());
        ws = pairedWorkstation("Phòng máy 1");
        token = raw.session(ws.secret(), "gv.toan", PASSWORD);
    }

    @AfterEach
    void stopLog() {
        ((Logger) LoggerFactory.getLogger(LanApi.class)).detachAppender(log);
    }

    private String sheetPath(long classId) {
        return "/classes/" + classId + "/sheet?area=SUBJECT&item=TOAN";
    }

    private static String save(long pupil, String text, int seen) {
        return "{\"edits\":[{\"pupilId\":" + pupil + ",\"slot\":\"" + TX1 + "\",\"text\":\"" + text
                + "\",\"seenVersion\":" + seen + "}]}";
    }

    private int version(long pupil) {
        return s.gradebook().sheet(admin, c7a, TOAN).row(pupil).orElseThrow().version(TX1);
    }

    private void assertLogged(String code) {
        assertThat(log.list).anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains(code).contains("127.0.0.1");
        });
    }

    @Test
    void aReplayedSaveIsRefusedAndNotSavedTwice() throws Exception {
        String body = save(an, "8", 0);
        Stamp stamp = raw.stamp("POST", sheetPath(c7a), body, token);
        assertThat(raw.send("POST", sheetPath(c7a), body, ws.secret(), token, "vi", stamp).status()).isEqualTo(200);
        s.gradebook().save(admin, c7a, TOAN, List.of(new vn.sotruong.core.gradebook.CellEdit(an, TX1, "5", 1)),
                vn.sotruong.core.gradebook.Via.GRID);

        Answer again = raw.send("POST", sheetPath(c7a), body, ws.secret(), token, "vi", stamp);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("lan.replayed");
        assertThat(again.message()).startsWith("Yêu cầu này đã được gửi trước đó");
        assertThat(s.gradebook().sheet(admin, c7a, TOAN).row(an).orElseThrow().text(TX1)).isEqualTo("5.0");
        assertThat(version(an)).isEqualTo(2);
        assertLogged("lan.replayed");
        // a replayed sign-in is refused too (before the password is even checked)
        String login = "{\"login\":\"gv.toan\",\"password\":\"" + PASSWORD + "\"}";
        Stamp once = raw.stamp("POST", "/login", login, null);
        assertThat(raw.send("POST", "/login", login, ws.secret(), null, "en", once).status()).isEqualTo(200);
        Answer en = raw.send("POST", "/login", login, ws.secret(), null, "en", once);
        assertThat(en.code()).isEqualTo("lan.replayed");
        assertThat(en.message()).startsWith("This request was already sent");
    }

    @Test
    void anAlteredBodyOrPathOrAnUnsignedCallIsRefusedAndChangesNothing() throws Exception {
        String body = save(an, "8", 0);
        Stamp signed = raw.stamp("POST", sheetPath(c7a), body, token);
        Stamp fresh = raw.stamp("POST", sheetPath(c7a), body, token);
        Stamp reused = new Stamp(fresh.time(), fresh.nonce(), signed.signature());

        Answer altered = raw.send("POST", sheetPath(c7a), save(an, "10", 0), ws.secret(), token, "vi", signed);
        Answer otherNonce = raw.send("POST", sheetPath(c7a), body, ws.secret(), token, "vi", reused);
        Answer unsigned = raw.send("POST", sheetPath(c7a), body, ws.secret(), token, "vi",
                new Stamp(String.valueOf(System.currentTimeMillis()), Signing.nonce(), null));
        Answer otherPath = raw.send("GET", "/classes/" + (c7a + 1) + "/sheet?area=SUBJECT&item=TOAN", null,
                ws.secret(), token, "vi", raw.stamp("GET", sheetPath(c7a), null, token));

        for (Answer a : List.of(altered, otherNonce, unsigned, otherPath)) {
            assertThat(a.status()).isEqualTo(400);
            assertThat(a.code()).isEqualTo("lan.altered");
            assertThat(a.message()).startsWith("Yêu cầu đã bị thay đổi trên đường truyền");
        }
        assertThat(version(an)).isZero();
        assertLogged("lan.altered");
        // the untouched request, freshly stamped, still goes through: the refusals were about the stamp only
        assertThat(raw.send("POST", sheetPath(c7a), body, ws.secret(), token, "vi").status()).isEqualTo(200);
        assertThat(version(an)).isEqualTo(1);
    }

    @Test
    void aWorkstationWhoseClockIsWrongIsToldTheOfficePcsTime() throws Exception {
        OfficeClient late = OfficeClient.paired(ws, Locale.forLanguageTag("vi-VN"),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-5)));
        DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> late.login("gv.toan", PASSWORD.toCharArray()));
        assertThat(refused.code()).isEqualTo("lan.clockWrong");
        assertThat(refused.args()[0]).isEqualTo(2);
        assertThat((String) refused.args()[1]).matches("\\d\\d:\\d\\d:\\d\\d \\d\\d/\\d\\d/20\\d\\d");
        assertThat(Messages.vietnamese().of(refused)).startsWith("Đồng hồ của máy trạm lệch quá 2 phút")
                .contains((String) refused.args()[1]);
        assertThat(new Messages(Locale.ENGLISH).of(refused)).startsWith("The workstation's clock is more than 2 minutes");

        String body = save(an, "8", 0);
        Stamp ahead = raw.stamp("POST", sheetPath(c7a), body, token);
        String future = String.valueOf(System.currentTimeMillis() + Duration.ofMinutes(3).toMillis());
        Answer a = raw.send("POST", sheetPath(c7a), body, ws.secret(), token, "vi",
                new Stamp(future, ahead.nonce(), ahead.signature()));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.code()).isEqualTo("lan.clockWrong");
        assertThat(version(an)).isZero();
        assertLogged("lan.clockWrong");
        // within the window is fine
        OfficeClient slightlyOff = OfficeClient.paired(ws, Locale.ROOT,
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(90)));
        assertThat(slightlyOff.login("gv.toan", PASSWORD.toCharArray()).token()).isNotBlank();
    }

    @Test
    void aFloodOfSignInsFromOneWorkstationOrOneAddressIsAnsweredWith429() throws Exception {
        // the sign-in's own per-account throttling stays: a second wrong password at once is "too soon"
        s.stores().settings().put(vn.sotruong.core.security.SecuritySettings.FAILURES_BEFORE_DELAY, "1");
        assertThat(raw.send("POST", "/login", "{\"login\":\"gv.van\",\"password\":\"sai\"}", ws.secret(), null, "vi")
                .code()).isEqualTo("auth.invalidCredentials");
        assertThat(raw.send("POST", "/login", "{\"login\":\"gv.van\",\"password\":\"sai\"}", ws.secret(), null, "vi")
                .code()).isEqualTo("auth.tooSoon");
        // one sign-in happened in signIn(), two above: the workstation's 10 a minute run out after 7 more
        for (int i = 0; i < LanApi.LOGINS_PER_WORKSTATION - 3; i++) {
            assertThat(raw.send("POST", "/login", "{\"login\":\"khach" + i + "\",\"password\":\"sai\"}", ws.secret(),
                    null, "vi").status()).isEqualTo(401);
        }
        Answer flood = raw.send("POST", "/login", "{\"login\":\"gv.toan\",\"password\":\"" + PASSWORD + "\"}",
                ws.secret(), null, "vi");
        assertThat(flood.status()).isEqualTo(429);
        assertThat(flood.code()).isEqualTo("lan.tooManyAttempts");
        assertThat(flood.message()).startsWith("Quá nhiều lần đăng nhập từ máy trạm ").contains("giây");
        assertLogged("lan.tooManyAttempts");
        int signIns = (int) s.audit().latest(admin, 1000).stream()
                .filter(e -> e.kind() == vn.sotruong.core.audit.AuditKind.LOGIN).count();

        // from one address: unpaired machines count too, before anything is looked up (11 attempts so far)
        for (int i = 0; i < LanApi.LOGINS_PER_ADDRESS - LanApi.LOGINS_PER_WORKSTATION - 1; i++) {
            assertThat(raw.send("POST", "/login", "{\"login\":\"gv.toan\",\"password\":\"x\"}",
                    "unknown-secret-" + i + "-0123456789abcdefghijklmnop", null, "vi").code()).isEqualTo("lan.notPaired");
        }
        WorkstationPairing other = pairedWorkstation("Phòng máy 2");
        Answer fromAddress = raw.send("POST", "/login", "{\"login\":\"gv.toan\",\"password\":\"" + PASSWORD + "\"}",
                other.secret(), null, "en");
        assertThat(fromAddress.status()).isEqualTo(429);
        assertThat(fromAddress.message()).startsWith("Too many sign-in attempts from 127.0.0.1");
        assertThat(s.audit().latest(admin, 1000).stream()
                .filter(e -> e.kind() == vn.sotruong.core.audit.AuditKind.LOGIN).count()).isEqualTo(signIns);

        clock.advance(Duration.ofSeconds(61));
        assertThat(raw.send("POST", "/login", "{\"login\":\"gv.toan\",\"password\":\"" + PASSWORD + "\"}",
                other.secret(), null, "vi").status()).isEqualTo(200);
    }

    @Test
    void aTeacherChangingIdsReachesNoOtherClassOnAnyRoute() throws Exception {
        long year = s.years().currentYear().orElseThrow().id();
        long c7b = s.organisation().addClass(admin, year, 7, "7B", null);
        long cuong = s.pupils().admit(admin, c7b, new Pupil(0, "HS101", "Vũ Văn Cường", LocalDate.of(2013, 1, 9),
                Gender.NAM, "Huế", "Kinh", "Phường An Cựu", false, new Parent("Vũ Văn Bố", null, null), null, null,
                null, null, null), LocalDate.of(2026, 9, 5), null);

        // read another class's sheet
        Answer read = raw.send("GET", sheetPath(c7b), null, ws.secret(), token, "vi");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.code()).startsWith("scope.");
        // save into another class, with its own pupil
        Answer write = raw.send("POST", sheetPath(c7b), save(cuong, "9", 0), ws.secret(), token, "vi");
        assertThat(write.status()).isEqualTo(403);
        // another class's pupil through the teacher's own class
        Answer smuggled = raw.send("POST", sheetPath(c7a), save(cuong, "9", 0), ws.secret(), token, "vi");
        assertThat(smuggled.status()).isEqualTo(409);
        assertThat(smuggled.body().path("problems").get(0).path("code").asText()).isEqualTo("gradebook.pupilNotInClass");
        // a subject of the class the teacher does not teach
        Answer van = raw.send("POST", "/classes/" + c7a + "/sheet?area=SUBJECT&item=NGUVAN", save(an, "9", 0),
                ws.secret(), token, "vi");
        assertThat(van.status()).isEqualTo(403);
        // the class's conduct, which only its homeroom teacher enters
        Answer conduct = raw.send("POST", "/classes/" + c7a + "/sheet?area=CONDUCT&item=",
                "{\"edits\":[{\"pupilId\":" + an + ",\"slot\":\"HK1\",\"text\":\"T\",\"seenVersion\":0}]}", ws.secret(),
                token, "vi");
        assertThat(conduct.status()).isEqualTo(403);
        // a class that does not exist
        assertThat(raw.send("GET", sheetPath(999_999), null, ws.secret(), token, "vi").code())
                .isEqualTo("class.notFound");
        // another workstation's session, from this workstation, and signing off another workstation's session
        WorkstationPairing other = pairedWorkstation("Phòng máy 2");
        String theirs = raw.session(other.secret(), ADMIN, PASSWORD);
        Answer borrowed = raw.send("POST", sheetPath(c7b), save(cuong, "9", 0), ws.secret(), theirs, "vi");
        assertThat(borrowed.status()).isEqualTo(401);
        assertThat(borrowed.code()).isEqualTo("lan.sessionUnknown");
        assertThat(raw.send("POST", "/logout", null, ws.secret(), theirs, "vi").code()).isEqualTo("lan.sessionUnknown");
        assertThat(raw.send("GET", sheetPath(c7b), null, other.secret(), theirs, "vi").status())
                .as("their session still works from their own workstation").isEqualTo(200);
        // the pairing status of another machine needs that machine's secret; an id is not enough
        assertThat(raw.send("GET", "/pair", null, String.valueOf(other.workstationId()), null, "vi").code())
                .isEqualTo("lan.notPaired");

        assertThat(s.gradebook().sheet(admin, c7b, TOAN).row(cuong).orElseThrow().version(TX1)).isZero();
        assertThat(version(an)).isZero();
        assertThat(s.audit().latest(admin, 1000).stream().filter(e -> e.kind() == vn.sotruong.core.audit.AuditKind.SCORE_CHANGED
                || e.kind() == vn.sotruong.core.audit.AuditKind.CONDUCT_CHANGED)).isEmpty();
        assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("scope."));
    }
}
