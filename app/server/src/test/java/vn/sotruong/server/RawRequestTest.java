package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.server.client.WorkstationPairing;

/**
 * Requests no well-behaved client sends, straight over TLS (the office certificate as the only trust anchor):
 * each is refused with a translated message and changes nothing.
 */
class RawRequestTest extends LanFixture {
    private RawLan raw;

    private RawLan.Answer send(String method, String path, String body, String secret, String session, String lang)
            throws Exception {
        if (raw == null) {
            raw = new RawLan(server.port(), certificate.certificate());
        }
        return raw.send(method, path, body, secret, session, lang);
    }

    private String session(WorkstationPairing p) throws Exception {
        send("GET", "/pair", null, p.secret(), null, "vi");
        return raw.session(p.secret(), "gv.toan", PASSWORD);
    }

    @Test
    void brokenJsonIsABadRequestSaidInTheWorkstationsLanguage() throws Exception {
        WorkstationPairing p = pairedWorkstation("Phòng máy 1");
        RawLan.Answer vi = send("POST", "/login", "{\"login\": \"gv.toan\", ", p.secret(), null, "vi-VN");
        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.code()).isEqualTo("lan.badRequest");
        assertThat(vi.message()).startsWith("Yêu cầu gửi đến máy văn phòng không hợp lệ");
        RawLan.Answer en = send("POST", "/login", "[]", p.secret(), null, "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.message()).startsWith("Invalid request to the office PC");
    }

    @Test
    void anAlteredSaveWithFieldsTheProtocolDoesNotHaveChangesNothing() throws Exception {
        WorkstationPairing p = pairedWorkstation("Phòng máy 1");
        String token = session(p);
        String path = "/classes/" + c7a + "/sheet?area=SUBJECT&item=TOAN";
        RawLan.Answer altered = send("POST", path, "{\"edits\":[{\"pupilId\":" + an + ",\"slot\":\"" + ColumnLayout.tx(1, 1)
                + "\",\"text\":\"10\",\"seenVersion\":0,\"enteredBy\":\"hieutruong\"}]}", p.secret(), token, "vi");
        assertThat(altered.status()).isEqualTo(400);
        assertThat(altered.code()).isEqualTo("lan.badRequest");
        RawLan.Answer badId = send("GET", "/classes/7A/sheet?area=SUBJECT&item=TOAN", null, p.secret(), token, "vi");
        assertThat(badId.status()).isEqualTo(400);
        RawLan.Answer badArea = send("GET", "/classes/" + c7a + "/sheet?area=DIEM", null, p.secret(), token, "vi");
        assertThat(badArea.status()).isEqualTo(400);
        RawLan.Answer unknown = send("DELETE", "/classes/" + c7a + "/sheet?area=SUBJECT&item=TOAN", null, p.secret(), token,
                "vi");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("lan.notFound");
        assertThat(s.gradebook().sheet(admin, c7a, SheetRef.subject("TOAN")).row(an).orElseThrow()
                .text(ColumnLayout.tx(1, 1))).isNull();
    }

    @Test
    void withoutTheWorkstationsSecretOrASessionNothingIsAnswered() throws Exception {
        WorkstationPairing p = pairedWorkstation("Phòng máy 1");
        String path = "/classes/" + c7a + "/sheet?area=SUBJECT&item=TOAN";
        assertThat(send("GET", path, null, null, null, "vi").status()).isEqualTo(403);
        RawLan.Answer noSession = send("GET", path, null, p.secret(), null, "vi");
        assertThat(noSession.status()).isEqualTo(401);
        assertThat(noSession.code()).isEqualTo("lan.sessionUnknown");
        assertThat(send("GET", path, null, p.secret(), "made-up-token", "vi").status()).isEqualTo(401);
        assertThat(send("GET", path, null, p.secret(), session(p), "vi").status()).isEqualTo(200);
    }

    @Test
    void theAdministratorsCallsNeedTheAdministratorsPassword() throws Exception {
        pairedWorkstation("Phòng máy 1");
        RawLan.Answer wrong = send("POST", "/admin/workstations",
                "{\"login\":\"" + ADMIN + "\",\"password\":\"sai\",\"action\":\"list\"}", null, null, "vi");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("auth.invalidCredentials");
        RawLan.Answer teacher = send("POST", "/admin/workstations",
                "{\"login\":\"gv.toan\",\"password\":\"" + PASSWORD + "\",\"action\":\"revoke\",\"id\":1}", null, null,
                "vi");
        assertThat(teacher.status()).isEqualTo(403);
        assertThat(store.workstations().list(admin).getFirst().status().name()).isEqualTo("APPROVED");
        RawLan.Answer list = send("POST", "/admin/workstations",
                "{\"login\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\",\"action\":\"list\"}", null, null, "vi");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("workstations")).hasSize(1);
    }
}
