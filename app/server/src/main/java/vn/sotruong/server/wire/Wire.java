package vn.sotruong.server.wire;

import java.util.List;
import java.util.Map;

/**
 * The LAN protocol's JSON messages (giao thức mạng nội bộ), shared by the office PC's service and the
 * workstation's client. Plain records encoded by Jackson; ids are the store's, texts are canonical cell texts.
 * Version 1 lives under {@code /lan/v1/}.
 */
public final class Wire {
    public static final String PREFIX = "/lan/v1";
    /** Header carrying the workstation's secret on every call (over TLS only). */
    public static final String WORKSTATION_HEADER = "X-SoTruong-Workstation";
    /** Header carrying the signed-in person's session token. */
    public static final String SESSION_HEADER = "X-SoTruong-Session";

    private Wire() {
    }

    /** A workstation asks to pair: its name and its secret (kept hashed on the office PC). */
    public record PairRequest(String name, String secret) {
    }

    /** Where a pairing stands: the workstation's number, the six-digit code, PENDING / APPROVED / REVOKED. */
    public record PairStatus(long workstationId, String code, String status) {
    }

    public record LoginRequest(String login, String password) {
    }

    /**
     * A signed-in session: its token, who, after how many idle seconds it ends, and the key its calls are signed with
     * ({@link Signing}).
     */
    public record LoginAnswer(String token, String login, String fullName, List<String> roles, long idleSeconds,
                              String key) {
    }

    public record ColumnView(String slot, String kind, String header, int term, boolean required, String lockedBecause) {
    }

    /** A stored cell: canonical text, version (for optimistic saves), who saved it last. */
    public record CellView(String text, int version, String enteredBy) {
    }

    public record RowView(long pupilId, String pupilCode, String fullName, boolean current, Map<String, CellView> cells) {
    }

    /** A sheet, with its change counter when read (see {@link ChangesAnswer}). */
    public record SheetView(long classId, String className, String area, String item, boolean editable,
                            List<ColumnView> columns, List<RowView> rows, long changes) {
    }

    public record EditView(long pupilId, String slot, String text, Integer seenVersion) {
    }

    public record SaveRequest(List<EditView> edits) {
    }

    /**
     * A save's answer: how many cells changed, and only the rows of the pupils it touched (their cells with the new
     * versions) with their averages as they now stand — not the whole sheet (read it with a GET when needed).
     */
    public record SaveAnswer(int changed, List<RowView> rows, List<RowResultView> results) {
    }

    /** A term's or the year's result of a subject: COMPUTED / INCOMPLETE / EXEMPT, the average or Đ/CĐ comment. */
    public record OutcomeView(String status, String average, String comment, int missing) {
    }

    /** A pupil's Circular 22 subject results (HK I, HK II, cả năm). */
    public record RowResultView(long pupilId, OutcomeView hk1, OutcomeView hk2, OutcomeView year) {
    }

    public record ProblemView(long pupilId, String slot, String code, List<Object> args, String message) {
    }

    /** A refusal: the message code and its arguments (the client may translate them itself), the office PC's message, cell problems. */
    public record ErrorAnswer(String code, List<Object> args, String message, List<ProblemView> problems) {
    }

    /**
     * Số lần thay đổi của trang sổ: grows with every change of the sheet's cells by anyone; an open grid polls it and
     * reads the sheet again when it grew.
     */
    public record ChangesAnswer(long classId, String area, String item, long changes) {
    }

    /** A sheet of a class the person may open: area and item as in the sheet's path, the subject's name, whether theirs to enter. */
    public record SheetChoiceView(String area, String item, String subjectName, boolean editable) {
    }

    /** A class whose gradebook the person may read, with its sheets. */
    public record BookView(long classId, String className, int grade, List<SheetChoiceView> sheets) {
    }

    /** The books of the current school year the signed-in person may open (its label, e.g. "2026–2027"). */
    public record BooksAnswer(String year, List<BookView> books) {
    }

    /**
     * The administrator's own call from the office PC itself (loopback only) while {@code serve} holds the store:
     * {@code action} is list, approve (by {@code code} or {@code id}) or revoke ({@code id}).
     */
    public record AdminRequest(String login, String password, String action, String code, Long id) {
    }

    /** A workstation as {@code lan list} shows it; times in ISO-8601 UTC. */
    public record WorkstationView(long id, String name, String code, String status, String address, String requestedAt,
                                  String decidedBy, String lastSeenAt) {
    }

    /** The workstations after an administrator's action, and the one it changed (null for list). */
    public record AdminAnswer(List<WorkstationView> workstations, WorkstationView changed) {
    }

    /** Số buổi nghỉ: có phép, không phép, đi muộn, and the absences the 45-buổi rule counts. */
    public record TallyView(int excused, int unexcused, int late, int absences) {
    }

    /**
     * A stored attendance cell (ô điểm danh): its letter P / K / M (null: present), version (0: never changed), who
     * changed it last.
     */
    public record MarkView(String code, int version, String changedBy) {
    }

    /**
     * A pupil's line of an attendance month: the days the pupil was not in the class ({@code notEnrolled}, ISO dates),
     * the cells that carry a mark or a version (keyed {@code 2026-10-15.SANG}), and the year's tally as stored.
     */
    public record MarkRowView(long pupilId, String pupilCode, String fullName, List<String> notEnrolled,
                              Map<String, MarkView> cells, TallyView year) {
    }

    /**
     * Sổ điểm danh tháng of a class: its school days (ISO dates), the sessions kept (SANG, CHIEU), the pupils, whether
     * the reader may enter it, and the month's change counter read before it.
     */
    public record AttendanceMonthView(long classId, String className, String month, boolean editable, List<String> days,
                                      List<String> sessions, List<MarkRowView> rows, long changes) {
    }

    /** A typed attendance cell: pupil, cell key, letter (null or blank: present), the version the typist saw. */
    public record MarkEditView(long pupilId, String cell, String code, Integer seenVersion) {
    }

    public record MarkSaveRequest(List<MarkEditView> edits) {
    }

    /** A saved cell as it now stands. */
    public record MarkCellView(long pupilId, String cell, String code, int version, String changedBy) {
    }

    /** An attendance save's answer: how many cells changed, the named cells now, the month's counter after it. */
    public record MarkSaveAnswer(int changed, List<MarkCellView> cells, long changes) {
    }

    /** The attendance month's change counter (polled by an open grid). */
    public record AttendanceChangesAnswer(long classId, String month, long changes) {
    }

    /** A class whose attendance the person may open; {@code editable}: theirs to enter. */
    public record AttendanceClassView(long classId, String className, int grade, boolean editable) {
    }

    /** Điểm danh: the current year's label, its months (2026-09 …) and the classes the person may open. */
    public record AttendanceBooksAnswer(String year, List<String> months, List<AttendanceClassView> classes) {
    }
}
