package vn.sotruong.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import vn.sotruong.server.wire.Signing;
import vn.sotruong.server.wire.Wire;

/**
 * Requests written by hand straight over TLS (the office certificate as the only trust anchor), for calls no
 * well-behaved client sends: each part of the stamp (time, nonce, signature) can be set on purpose.
 */
final class RawLan {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The office PC's answer: status and JSON body. */
    record Answer(int status, JsonNode body) {
        String code() {
            return body.path("code").asText();
        }

        String message() {
            return body.path("message").asText();
        }
    }

    /** Time, nonce and signature to send; {@code signature} null = none. */
    record Stamp(String time, String nonce, String signature) {
    }

    private final int port;
    private final SSLContext tls;
    /** Session token → its signing key, as the sign-in answered. */
    private final Map<String, String> keys = new HashMap<>();

    RawLan(int port, X509Certificate office) throws Exception {
        this.port = port;
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("office", office);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
    }

    /** Signs in with {@code secret}'s workstation and remembers the session's key; the token. */
    String session(String secret, String login, String password) throws Exception {
        Answer a = send("POST", "/login", "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}", secret,
                null, "vi");
        if (a.status() != 200) {
            throw new AssertionError("sign-in refused: " + a.body());
        }
        keys.put(a.body().path("token").asText(), a.body().path("key").asText());
        return a.body().path("token").asText();
    }

    /** The stamp a well-behaved client would send now (signed when the session's key is known). */
    Stamp stamp(String method, String path, String body, String session) {
        String time = String.valueOf(System.currentTimeMillis());
        String nonce = Signing.nonce();
        String key = session == null ? null : keys.get(session);
        return new Stamp(time, nonce, key == null ? null : Signing.sign(key, method, Wire.PREFIX + path, time, nonce,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
    }

    Answer send(String method, String path, String body, String secret, String session, String lang)
            throws IOException {
        return send(method, path, body, secret, session, lang, stamp(method, path, body, session));
    }

    Answer send(String method, String path, String body, String secret, String session, String lang, Stamp stamp)
            throws IOException {
        HttpsURLConnection c = (HttpsURLConnection) URI.create("https://127.0.0.1:" + port + Wire.PREFIX + path)
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
        c.setRequestProperty(Signing.TIME_HEADER, stamp.time());
        c.setRequestProperty(Signing.NONCE_HEADER, stamp.nonce());
        if (stamp.signature() != null) {
            c.setRequestProperty(Signing.SIGNATURE_HEADER, stamp.signature());
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
        }
    }
}
