package vn.sotruong.server.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.time.YearMonth;
import vn.sotruong.core.attendance.ClassDay;
import vn.sotruong.core.attendance.MarkCells;
import vn.sotruong.core.attendance.MarkProblem;
import vn.sotruong.core.attendance.MarksRefused;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.lan.PairingCode;
import vn.sotruong.server.wire.Signing;
import vn.sotruong.server.wire.Wire;
import vn.sotruong.server.wire.Wire.AdminAnswer;
import vn.sotruong.server.wire.Wire.AdminRequest;
import vn.sotruong.server.wire.Wire.EditView;
import vn.sotruong.server.wire.Wire.ErrorAnswer;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.LoginRequest;
import vn.sotruong.server.wire.Wire.PairRequest;
import vn.sotruong.server.wire.Wire.PairStatus;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SaveRequest;
import vn.sotruong.server.wire.Wire.SheetView;

/**
 * Kết nối máy văn phòng: the workstation's side of the LAN protocol (JDK HTTP client, TLS with the office PC's
 * pinned certificate). Refusals of the office PC come back as the same {@link DomainException} codes (and
 * {@link EntriesRefused} with every cell) the services throw at the office PC; a network failure is
 * {@code lan.unreachable}, another certificate than the pinned one {@code lan.certificateChanged}.
 */
public final class OfficeClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final OfficeAddress office;
    private final PinnedCertificate trust;
    private final HttpClient http;
    private final String secret;
    private final Locale locale;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private OfficeClient(OfficeAddress office, byte[] pinned, String secret, Locale locale, Clock clock) {
        this.office = office;
        this.clock = clock;
        this.trust = new PinnedCertificate(pinned);
        this.secret = secret;
        this.locale = locale;
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {trust}, new SecureRandom());
            this.http = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client of a paired workstation: only the pinned certificate is trusted. */
    public static OfficeClient paired(WorkstationPairing pairing, Locale locale) {
        return paired(pairing, locale, Clock.systemUTC());
    }

    /** As {@link #paired(WorkstationPairing, Locale)}, stamping calls with {@code clock}'s time. */
    public static OfficeClient paired(WorkstationPairing pairing, Locale locale, Clock clock) {
        return new OfficeClient(pairing.office(), pairing.certificate(), pairing.secret(), locale, clock);
    }

    /**
     * Asks the office PC at {@code office} to pair this workstation under {@code name}: a fresh secret is made, the
     * certificate the office PC shows is remembered, and the code made of both must be the one the office PC made
     * (else {@code lan.certificateChanged}). The answer is pending until the administrator approves the code.
     */
    public static WorkstationPairing requestPairing(OfficeAddress office, String name, Locale locale) {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        OfficeClient first = new OfficeClient(office, null, secret, locale, Clock.systemUTC());
        PairStatus status = first.call("POST", "/pair", new PairRequest(name, secret), PairStatus.class, null);
        byte[] seen = first.trust.seen();
        if (seen == null || !PairingCode.of(seen, PairingCode.secretHash(secret)).equals(status.code())) {
            throw new DomainException("lan.certificateChanged", office.toString());
        }
        return new WorkstationPairing(office, seen, secret, status.workstationId());
    }

    /**
     * A client of the office PC's own service from the office PC itself (loopback, the certificate read from the data
     * folder): for the administrator's calls while {@code serve} holds the store.
     */
    public static OfficeClient onThisPc(int port, byte[] certificate, Locale locale) {
        return new OfficeClient(new OfficeAddress("127.0.0.1", port), certificate, "", locale,
                Clock.systemUTC());
    }

    /** The administrator's list / approve / revoke, signed in with this call. */
    public AdminAnswer admin(String login, char[] password, String action, String code, Long id) {
        return call("POST", "/admin/workstations", new AdminRequest(login, new String(password), action, code, id),
                AdminAnswer.class, null);
    }

    /** Where this workstation's pairing stands on the office PC (PENDING, APPROVED, REVOKED). */
    public PairStatus pairingStatus() {
        return call("GET", "/pair", null, PairStatus.class, null);
    }

    /** Signs in with the same account and password as at the office PC. */
    public LoginAnswer login(String login, char[] password) {
        return call("POST", "/login", new LoginRequest(login, new String(password)), LoginAnswer.class, null);
    }

    public void logout(LoginAnswer session) {
        call("POST", "/logout", null, PairStatus.class, session);
    }

    /** A sheet of a class's gradebook, as the office PC's {@code GradebookService.sheet} gives it to this person. */
    public SheetView sheet(LoginAnswer session, long classId, SheetRef ref) {
        return call("GET", sheetPath(classId, ref), null, SheetView.class, session);
    }

    /**
     * Saves cells through the office PC's {@code GradebookService.save}: all or nothing; a cell changed by someone
     * else since {@code seenVersion} is refused in {@link EntriesRefused} with who changed it and to what.
     */
    public SaveAnswer save(LoginAnswer session, long classId, SheetRef ref, List<CellEdit> edits) {
        List<EditView> views = edits.stream()
                .map(e -> new EditView(e.pupilId(), e.slot(), e.text(), e.seenVersion())).toList();
        return call("POST", sheetPath(classId, ref), new SaveRequest(views), SaveAnswer.class, session);
    }

    /** The books of the current year this person may open, with their sheets (which are theirs to enter). */
    public Wire.BooksAnswer books(LoginAnswer session) {
        return call("GET", "/books", null, Wire.BooksAnswer.class, session);
    }

    /**
     * The sheet's change counter now: larger than the {@link SheetView#changes()} read with the sheet when someone
     * changed it since. Does not keep an idle session alive.
     */
    public long changes(LoginAnswer session, long classId, SheetRef ref) {
        return call("GET", sheetPath(classId, ref).replace("/sheet?", "/changes?"), null, Wire.ChangesAnswer.class,
                session).changes();
    }

    /** Điểm danh: the current year's months and the classes whose attendance this person may open. */
    public Wire.AttendanceBooksAnswer attendanceBooks(LoginAnswer session) {
        return call("GET", "/attendance", null, Wire.AttendanceBooksAnswer.class, session);
    }

    /** A class's attendance month as the office PC's {@code AttendanceService} gives it to this person. */
    public Wire.AttendanceMonthView attendanceMonth(LoginAnswer session, long classId, YearMonth month) {
        return call("GET", attendancePath(classId, month), null, Wire.AttendanceMonthView.class, session);
    }

    /**
     * Saves typed attendance cells of the month through {@code AttendanceService.saveMarks}: all or nothing; a cell
     * changed by someone else since its {@code seenVersion} is refused in {@link MarksRefused} with who changed it and
     * to what. Sending the same cells again after a lost answer saves them once.
     */
    public Wire.MarkSaveAnswer saveAttendance(LoginAnswer session, long classId, YearMonth month,
                                              List<Wire.MarkEditView> edits) {
        return call("POST", attendancePath(classId, month), new Wire.MarkSaveRequest(edits), Wire.MarkSaveAnswer.class,
                session);
    }

    /** The attendance month's change counter now; does not keep an idle session alive. */
    public long attendanceChanges(LoginAnswer session, long classId, YearMonth month) {
        return call("GET", "/classes/" + classId + "/attendance/changes?month=" + month, null,
                Wire.AttendanceChangesAnswer.class, session).changes();
    }

    private static String attendancePath(long classId, YearMonth month) {
        return "/classes/" + classId + "/attendance?month=" + month;
    }

    private static String sheetPath(long classId, SheetRef ref) {
        return "/classes/" + classId + "/sheet?area=" + ref.area().name() + "&item="
                + URLEncoder.encode(ref.item(), StandardCharsets.UTF_8);
    }

    private <T> T call(String method, String path, Object body, Class<T> answer, LoginAnswer session) {
        String time = String.valueOf(clock.millis());
        String nonce = Signing.nonce();
        HttpRequest.Builder b = HttpRequest.newBuilder(office.uri(Wire.PREFIX + path)).timeout(TIMEOUT)
                .header("Accept-Language", locale.toLanguageTag()).header("Content-Type", "application/json")
                .header(Wire.WORKSTATION_HEADER, secret)
                .header(Signing.TIME_HEADER, time).header(Signing.NONCE_HEADER, nonce);
        HttpResponse<String> r;
        try {
            byte[] bytes = body == null ? new byte[0] : json.writeValueAsBytes(body);
            if (session != null) {
                b.header(Wire.SESSION_HEADER, session.token());
                b.header(Signing.SIGNATURE_HEADER, Signing.sign(session.key(), method, Wire.PREFIX + path, time, nonce,
                        bytes));
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(bytes));
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            if (trust.mismatch()) {
                throw new DomainException("lan.certificateChanged", office.toString());
            }
            throw new DomainException("lan.unreachable", office.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("lan.unreachable", office.toString());
        }
        try {
            if (r.statusCode() == 200) {
                return json.readValue(r.body(), answer);
            }
            throw refusal(json.readValue(r.body(), ErrorAnswer.class));
        } catch (JacksonException e) {
            throw new DomainException("lan.serverError");
        }
    }

    private static DomainException refusal(ErrorAnswer e) {
        if ("attendance.marksRefused".equals(e.code()) && e.problems() != null && !e.problems().isEmpty()) {
            return new MarksRefused(e.problems().stream().map(p -> {
                ClassDay day = MarkCells.parse(p.slot()).orElseThrow(() -> new DomainException("lan.serverError"));
                return new MarkProblem(p.pupilId(), day.date(), day.session(), p.code(), p.args());
            }).toList());
        }
        if (e.problems() != null && !e.problems().isEmpty()) {
            return new EntriesRefused(e.problems().stream()
                    .map(p -> new CellProblem(p.pupilId(), p.slot(), p.code(), p.args())).toList());
        }
        return new DomainException(e.code(), e.args() == null ? new Object[0] : e.args().toArray());
    }
}
