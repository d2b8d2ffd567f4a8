package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Wire;

/**
 * Requests no well-behaved client sends, straight over TLS (the office certificate as the only trust anchor):
 * each is refused with a translated message and changes nothing.
 */
class RawRequestTest extends LanFixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Answer(int status, JsonNode body) {
        String code() {
            return body.path("code").asText();
        }

        String message() {
            return body.path("message").asText();
        }
    }

    private Answer send(String method, String path, String body, String secret, String session, String lang)
            throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("office", certificate.certificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        HttpsURLConnection c = (HttpsURLConnection) URI.create("https://127.0.0.1:" + server.port() + Wire.PREFIX + path)
                .toURL().openConnection();
        c.setSSLSocketFactory(tls.getSocketFactory());
        c.setHostnameVerifier((host, s) -> true); // trusted by the certificate itself, as workstations do
        c.setRequestMethod(method);
        c.setRequestProperty("Accept-Language", lang);
        if (secret != null) {
            c.setRequestProperty(Wire.WORKSTATION_HEADER, secret);
        }
        if (session != null) {
            c.setRequestProperty(Wire.SESSION_HEADER, session);
        }
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Answer(status, JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String session(WorkstationPairing p) throws Exception {
        Answer login = send("POST", "/login", "{\"login\":\"gv.toan\",\"password\":\"" + PASSWORD + "\"}", p.secret(),
                null, "vi");
        assertThat(login.status()).isEqualTo(200);
        return login.body().path("token").asText();
    }

    @Test
    void brokenJsonIsABadRequestSaidInTheWorkstationsLanguage() throws Exception {
        WorkstationPairing p = pairedWorkstation("Phòng máy 1");
        Answer vi = send("POST", "/login", "{\"login\": \"gv.toan\", ", p.secret(), null, "vi-VN");
        assertThat(vi.status()).isEqualTo(400);
        assertThat(vi.code()).isEqualTo("lan.badRequest");
        assertThat(vi.message()).startsWith("Yêu cầu gửi đến máy văn phòng không hợp lệ");
        Answer en = send("POST", "/login", "[]", p.secret(), null, "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.message()).startsWith("Invalid request to the office PC");
    }

    @Test
    void anAlteredSaveWithFieldsTheProtocolDoesNotHaveChangesNothing() throws Exception {
        WorkstationPairing p = pairedWorkstation("Phòng máy 1");
        String token = session(p);
        String path = "/classes/" + c7a + "/sheet?area=SUBJECT&item=TOAN";
        Answer altered = send("POST", path, "{\"edits\":[{\"pupilId\":" + an + ",\"slot\":\"" + ColumnLayout.tx(1, 1)
                + "\",\"text\":\"10\",\"seenVersion\":0,\"enteredBy\":\"hieutruong\"}]}", p.secret(), token, "vi");
        assertThat(altered.status()).isEqualTo(400);
        assertThat(altered.code()).isEqualTo("lan.badRequest");
        Answer badId = send("GET", "/classes/7A/sheet?area=SUBJECT&item=TOAN", null, p.secret(), token, "vi");
        assertThat(badId.status()).isEqualTo(400);
        Answer badArea = send("GET", "/classes/" + c7a + "/sheet?area=DIEM", null, p.secret(), token, "vi");
        assertThat(badArea.status()).isEqualTo(400);
        Answer unknown = send("DELETE", "/classes/" + c7a + "/sheet?area=SUBJECT&item=TOAN", null, p.secret(), token,
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
        Answer noSession = send("GET", path, null, p.secret(), null, "vi");
        assertThat(noSession.status()).isEqualTo(401);
        assertThat(noSession.code()).isEqualTo("lan.sessionUnknown");
        assertThat(send("GET", path, null, p.secret(), "made-up-token", "vi").status()).isEqualTo(401);
        assertThat(send("GET", path, null, p.secret(), session(p), "vi").status()).isEqualTo(200);
    }

    @Test
    void theAdministratorsCallsNeedTheAdministratorsPassword() throws Exception {
        pairedWorkstation("Phòng máy 1");
        Answer wrong = send("POST", "/admin/workstations",
                "{\"login\":\"" + ADMIN + "\",\"password\":\"sai\",\"action\":\"list\"}", null, null, "vi");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("auth.invalidCredentials");
        Answer teacher = send("POST", "/admin/workstations",
                "{\"login\":\"gv.toan\",\"password\":\"" + PASSWORD + "\",\"action\":\"revoke\",\"id\":1}", null, null,
                "vi");
        assertThat(teacher.status()).isEqualTo(403);
        assertThat(store.workstations().list(admin).getFirst().status().name()).isEqualTo("APPROVED");
        Answer list = send("POST", "/admin/workstations",
                "{\"login\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\",\"action\":\"list\"}", null, null, "vi");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("workstations")).hasSize(1);
    }
}
