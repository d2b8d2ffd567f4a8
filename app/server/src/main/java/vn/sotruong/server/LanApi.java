package vn.sotruong.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.attendance.MarkProblem;
import vn.sotruong.core.attendance.MarksRefused;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.lan.Workstation;
import vn.sotruong.core.lan.WorkstationService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.LoginResult;
import vn.sotruong.server.wire.Signing;
import vn.sotruong.server.wire.Wire;
import vn.sotruong.server.wire.Wire.AdminAnswer;
import vn.sotruong.server.wire.Wire.AdminRequest;
import vn.sotruong.server.wire.Wire.ErrorAnswer;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.LoginRequest;
import vn.sotruong.server.wire.Wire.MarkSaveRequest;
import vn.sotruong.server.wire.Wire.PairRequest;
import vn.sotruong.server.wire.Wire.PairStatus;
import vn.sotruong.server.wire.Wire.ProblemView;
import vn.sotruong.server.wire.Wire.SaveRequest;

/**
 * The office PC's LAN calls (dịch vụ mạng nội bộ). Every call but pairing comes from an approved workstation;
 * every call but sign-in carries a session opened from that workstation; what the person may do is decided by
 * the same core services as at the office PC, with the workstation named in the actor (and so in the audit).
 */
final class LanApi extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(LanApi.class);
    static final int MAX_BODY = 1 << 20;
    /** Sign-in attempts allowed per minute from one address (a computer room behind one address) / one workstation. */
    static final int LOGINS_PER_ADDRESS = 60;
    static final int LOGINS_PER_WORKSTATION = 10;
    static final java.time.Duration LOGIN_WINDOW = java.time.Duration.ofMinutes(1);
    private static final String BODY = "sotruong.body";

    private final CoreServices services;
    private final WorkstationService workstations;
    private final Sessions sessions;
    /** Lịch phòng máy: null when the service runs without one (every workstation login admitted). */
    private final vn.sotruong.core.lan.RoomScheduleService schedule;
    private final byte[] certificate;
    private final RequestGuard guard;
    private final LoginLimit loginsPerAddress;
    private final LoginLimit loginsPerWorkstation;
    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    LanApi(CoreServices services, WorkstationService workstations, Sessions sessions, byte[] certificate) {
        this(services, workstations, sessions, null, certificate);
    }

    LanApi(CoreServices services, WorkstationService workstations, Sessions sessions,
           vn.sotruong.core.lan.RoomScheduleService schedule, byte[] certificate) {
        this.services = services;
        this.workstations = workstations;
        this.sessions = sessions;
        this.schedule = schedule;
        this.certificate = certificate.clone();
        // the real time, not the services' clock: what matters is how far the two machines' clocks are apart now
        this.guard = new RequestGuard(java.time.Clock.systemUTC());
        this.loginsPerAddress = new LoginLimit(sessions.clock(), LOGINS_PER_ADDRESS, LOGIN_WINDOW);
        this.loginsPerWorkstation = new LoginLimit(sessions.clock(), LOGINS_PER_WORKSTATION, LOGIN_WINDOW);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Messages messages = messages(request);
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        int status = 200;
        Object answer;
        try {
            answer = route(request, method, path, messages);
        } catch (EntriesRefused | MarksRefused e) {
            status = 409;
            LOG.info("Refused {} {} from {}: {}", method, path, Request.getRemoteAddr(request), problemCodes(e));
            answer = refusal(e, messages);
        } catch (DomainException e) {
            status = statusOf(e.code());
            if (status == 429 || e.code().equals("lan.replayed") || e.code().equals("lan.altered")
                    || e.code().equals("lan.clockWrong")) {
                LOG.warn("Refused {} {} from {}: {}", method, path, Request.getRemoteAddr(request), e.code());
            } else {
                LOG.info("Refused {} {} from {}: {}", method, path, Request.getRemoteAddr(request), e.code());
            }
            answer = refusal(e, messages);
        } catch (JacksonException e) {
            status = 400;
            answer = refusal(new DomainException("lan.badRequest", e.getOriginalMessage()), messages);
        } catch (RuntimeException e) {
            status = 500;
            LOG.error("LAN call {} {} failed", method, path, e);
            answer = refusal(new DomainException("lan.serverError"), messages);
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, write(answer), callback);
        return true;
    }

    private Object route(Request request, String method, String path, Messages messages) throws JacksonException {
        if (!path.startsWith(Wire.PREFIX + "/")) {
            throw new DomainException("lan.notFound", path);
        }
        String p = path.substring(Wire.PREFIX.length());
        byte[] body = body(request);
        String time = request.getHeaders().get(Signing.TIME_HEADER);
        String nonce = request.getHeaders().get(Signing.NONCE_HEADER);
        guard.fresh(time, nonce);
        if (p.equals("/pair") && method.equals("POST")) {
            PairRequest r = read(request, PairRequest.class);
            Workstation w = workstations.request(r.name(), r.secret(), Request.getRemoteAddr(request), certificate);
            return pairStatus(w);
        }
        if (p.equals("/pair") && method.equals("GET")) {
            return pairStatus(workstations.status(request.getHeaders().get(Wire.WORKSTATION_HEADER)));
        }
        boolean login = p.equals("/login") && method.equals("POST");
        if (login || p.equals("/admin/workstations")) {
            loginsPerAddress.attempt(Request.getRemoteAddr(request));
        }
        if (p.equals("/admin/workstations") && method.equals("POST") && loopback(request)) {
            return admin(read(request, AdminRequest.class), Request.getRemoteAddr(request));
        }
        Workstation w = workstations.admit(request.getHeaders().get(Wire.WORKSTATION_HEADER));
        if (login) {
            loginsPerWorkstation.attempt(w.label());
            return login(read(request, LoginRequest.class), w);
        }
        String token = request.getHeaders().get(Wire.SESSION_HEADER);
        guard.signed(sessions.key(token), method, request.getHttpURI().getPathQuery(), time, nonce, body,
                request.getHeaders().get(Signing.SIGNATURE_HEADER));
        Object polled = GradebookRoutes.poll(services, sessions, token, w, method, p, Request.extractQueryParameters(request));
        if (polled == null) {
            polled = AttendanceRoutes.poll(services, sessions, token, w, method, p, Request.extractQueryParameters(request));
        }
        if (polled != null) {
            return polled; // an open grid's poll does not keep an idle session alive
        }
        Actor actor = sessions.use(token, w.id());
        if (p.equals("/logout") && method.equals("POST")) {
            sessions.close(token);
            return new PairStatus(w.id(), w.pairingCode(), w.status().name());
        }
        String[] parts = p.split("/");
        // /classes/{id}/sheet?area=SUBJECT&item=TOAN
        if (parts.length == 4 && parts[1].equals("classes") && parts[3].equals("sheet")) {
            long classId = number(parts[2]);
            SheetRef ref = sheetRef(Request.extractQueryParameters(request));
            if (method.equals("GET")) {
                return new GradebookCalls(services, actor, messages).sheet(classId, ref);
            }
            if (method.equals("POST")) {
                SaveRequest r = read(request, SaveRequest.class);
                List<CellEdit> edits = r.edits() == null ? List.of() : r.edits().stream()
                        .map(e -> new CellEdit(e.pupilId(), e.slot(), e.text(), e.seenVersion())).toList();
                return new GradebookCalls(services, actor, messages).save(classId, ref, edits);
            }
        }
        Object more = GradebookRoutes.answer(new GradebookCalls(services, actor, messages), method, p);
        if (more != null) {
            return more;
        }
        Object attendance = AttendanceRoutes.answer(new AttendanceCalls(services, actor), method, p,
                Request.extractQueryParameters(request), () -> readUnchecked(request, MarkSaveRequest.class));
        if (attendance != null) {
            return attendance;
        }
        throw new DomainException("lan.notFound", method + " " + path);
    }

    private LoginAnswer login(LoginRequest r, Workstation w) {
        if (r.login() == null || r.password() == null) {
            throw new DomainException("auth.invalidCredentials");
        }
        // outside the computer-room hours nobody signs in from a workstation (the office PC itself is never asked)
        java.time.Instant until = schedule == null ? null : schedule.admit().orElse(null);
        LoginResult result = services.auth().login(r.login(), r.password().toCharArray(), w.label());
        if (result.changeDue().isPresent()) {
            throw new DomainException("lan.passwordChangeAtOffice");
        }
        Actor a = result.actor();
        String token = sessions.open(a, w.id(), until);
        return new LoginAnswer(token, a.login(), a.fullName(), a.roles().stream().map(Enum::name).sorted().toList(),
                sessions.idle().toSeconds(), sessions.key(token));
    }

    /** The administrator at the office PC itself, signing in with each call (the same throttled sign-in). */
    private AdminAnswer admin(AdminRequest r, String from) {
        if (r.login() == null || r.password() == null) {
            throw new DomainException("auth.invalidCredentials");
        }
        LoginResult result = services.auth().login(r.login(), r.password().toCharArray(), "cli (" + from + ")");
        if (result.changeDue().isPresent()) {
            throw new DomainException("auth.passwordChangeRequired");
        }
        return WorkstationAdmin.run(workstations, result.actor(), r.action(), r.code(), r.id());
    }

    /** Only a call from this PC itself reaches the administrator's calls; from the LAN they do not exist. */
    private static boolean loopback(Request request) {
        try {
            return java.net.InetAddress.ofLiteral(Request.getRemoteAddr(request)).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static PairStatus pairStatus(Workstation w) {
        return new PairStatus(w.id(), w.pairingCode(), w.status().name());
    }

    static SheetRef sheetRef(Fields q) {
        String area = q.getValue("area");
        String item = q.getValue("item");
        try {
            Area a = Area.valueOf(area == null ? "" : area);
            return switch (a) {
                case SUBJECT -> {
                    if (item == null || item.isBlank()) {
                        throw new DomainException("lan.badRequest", "item");
                    }
                    yield SheetRef.subject(item);
                }
                case CONDUCT -> SheetRef.conduct();
                case QUALITY -> SheetRef.qualities();
            };
        } catch (IllegalArgumentException e) {
            throw new DomainException("lan.badRequest", "area");
        }
    }

    static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new DomainException("lan.badRequest", s);
        }
    }

    /** The request's body, read once (at most {@link #MAX_BODY} bytes): signed, then parsed. */
    private static byte[] body(Request request) {
        if (request.getAttribute(BODY) instanceof byte[] read) {
            return read;
        }
        if (request.getLength() > MAX_BODY) {
            throw new DomainException("lan.badRequest", "Content-Length");
        }
        byte[] body;
        try (java.io.InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY + 1);
        } catch (java.io.IOException e) {
            throw new DomainException("lan.badRequest", e.getMessage());
        }
        if (body.length > MAX_BODY) {
            throw new DomainException("lan.badRequest", "Content-Length");
        }
        request.setAttribute(BODY, body);
        return body;
    }

    private <T> T read(Request request, Class<T> type) throws JacksonException {
        String body = new String(body(request), StandardCharsets.UTF_8);
        T value = json.readValue(body, type);
        if (value == null) {
            throw new DomainException("lan.badRequest", "body");
        }
        return value;
    }

    /** As {@link #read}, for a call made from a lambda: Jackson's failure travels unchecked and is answered 400. */
    private <T> T readUnchecked(Request request, Class<T> type) {
        try {
            return read(request, type);
        } catch (JacksonException e) {
            throw new DomainException("lan.badRequest", e.getOriginalMessage());
        }
    }

    private String write(Object answer) {
        try {
            return json.writeValueAsString(answer);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ErrorAnswer refusal(DomainException e, Messages messages) {
        List<ProblemView> problems = new ArrayList<>();
        if (e instanceof EntriesRefused refused) {
            for (CellProblem p : refused.problems()) {
                problems.add(new ProblemView(p.pupilId(), p.slot(), p.code(), plain(p.args()),
                        messages.get(p.code(), p.args().toArray())));
            }
        }
        if (e instanceof MarksRefused refused) {
            for (MarkProblem p : refused.problems()) {
                problems.add(new ProblemView(p.pupilId(), p.cell(), p.code(), plain(p.args()),
                        messages.get(p.code(), p.args().toArray())));
            }
        }
        return new ErrorAnswer(e.code(), plain(java.util.Arrays.asList(e.args())), messages.of(e), problems);
    }

    /** The refused cells' codes, for the log: "attendance.notEnrolled, attendance.otherMonth". */
    private static String problemCodes(DomainException e) {
        List<String> codes = e instanceof MarksRefused m ? m.problems().stream().map(MarkProblem::code).toList()
                : ((EntriesRefused) e).problems().stream().map(CellProblem::code).toList();
        return e.code() + " " + String.join(", ", codes);
    }

    /** Arguments as JSON can carry them: numbers and texts stay, anything else becomes its text. */
    private static List<Object> plain(List<Object> args) {
        return args.stream().map(a -> a instanceof Number || a instanceof String || a instanceof Boolean ? a
                : String.valueOf(a)).toList();
    }

    static int statusOf(String code) {
        if (code.startsWith("scope.")) {
            return 403;
        }
        return switch (code) {
            case "lan.sessionExpired", "lan.sessionUnknown", "auth.invalidCredentials", "auth.tooSoon",
                 "auth.locked", "lan.passwordChangeAtOffice", "lan.scheduleEnded", "lan.sessionEnded" -> 401;
            case "lan.outsideSchedule", "lan.outsideScheduleNoWindow" -> 403;
            case "lan.notPaired", "lan.pairingPending", "lan.revoked", "auth.denied" -> 403;
            case "lan.notFound" -> 404;
            case "lan.badRequest" -> 400;
            case "lan.tooManyPending", "lan.tooManyAttempts" -> 429;
            case "lan.clockWrong", "lan.replayed", "lan.altered" -> 400;
            default -> 422;
        };
    }

    private static Messages messages(Request request) {
        String lang = request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE);
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? new Messages(Locale.ENGLISH)
                : Messages.vietnamese();
    }
}
