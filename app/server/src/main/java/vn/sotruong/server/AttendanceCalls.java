package vn.sotruong.server;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceService;
import vn.sotruong.core.attendance.ClassDay;
import vn.sotruong.core.attendance.ClassMonth;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.attendance.MarkCells;
import vn.sotruong.core.attendance.MarkEdit;
import vn.sotruong.core.attendance.MarkVersion;
import vn.sotruong.core.attendance.MarksSaved;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.server.wire.Wire.AttendanceBooksAnswer;
import vn.sotruong.server.wire.Wire.AttendanceClassView;
import vn.sotruong.server.wire.Wire.AttendanceMonthView;
import vn.sotruong.server.wire.Wire.MarkCellView;
import vn.sotruong.server.wire.Wire.MarkEditView;
import vn.sotruong.server.wire.Wire.MarkRowView;
import vn.sotruong.server.wire.Wire.MarkSaveAnswer;
import vn.sotruong.server.wire.Wire.MarkView;
import vn.sotruong.server.wire.Wire.TallyView;

/**
 * Điểm danh của một người: one person's attendance calls in the LAN protocol's shapes, onto the office PC's
 * {@link AttendanceService} (which decides what they may read and change). The office PC's service answers with it;
 * the desktop's attendance page uses it on its own store, so both read the same shapes.
 */
public final class AttendanceCalls {
    private final CoreServices services;
    private final Actor actor;

    public AttendanceCalls(CoreServices services, Actor actor) {
        this.services = services;
        this.actor = actor;
    }

    /**
     * The current year's months and the classes the person may open: a homeroom teacher without school-wide rights
     * their own class(es); a subject teacher the classes they teach; the office and the leaders every class.
     */
    public AttendanceBooksAnswer books() {
        SchoolYear year = services.years().currentYear().orElseThrow(() -> new DomainException("year.notFound"));
        AttendanceService attendance = services.attendance();
        List<SchoolClass> all = services.organisation().classes(actor, year.id());
        List<SchoolClass> shown = all;
        if (!actor.has(Permission.PUPILS_VIEW_ALL) && !actor.has(Permission.PUPILS_EDIT)) {
            List<SchoolClass> own = all.stream()
                    .filter(c -> services.organisation().scope().isHomeroomOf(actor, c)).toList();
            shown = own.isEmpty() ? all : own;
        }
        return new AttendanceBooksAnswer(year.label(),
                attendance.schoolDays(year.id()).months().stream().map(YearMonth::toString).toList(),
                shown.stream().map(c -> new AttendanceClassView(c.id(), c.name(), c.grade(),
                        attendance.canEnter(actor, c))).toList());
    }

    /** The class's month with each cell's version, the year tallies and the change counter read first. */
    public AttendanceMonthView month(long classId, YearMonth month) {
        AttendanceService attendance = services.attendance();
        long changes = attendance.changeCount(actor, classId, month);
        ClassMonth m = attendance.month(actor, classId, month);
        Map<Long, AbsenceTally> year = attendance.yearTotals(actor, classId);
        Map<Long, Map<String, MarkView>> cells = new HashMap<>();
        for (MarkVersion v : attendance.versions(actor, classId, month)) {
            String code = m.code(v.pupilId(), v.date(), v.session()).map(AttendanceCode::letter).orElse(null);
            cells.computeIfAbsent(v.pupilId(), k -> new HashMap<>())
                    .put(MarkCells.key(v.date(), v.session()), new MarkView(code, v.version(), v.changedBy()));
        }
        m.marks().forEach(x -> cells.computeIfAbsent(x.pupilId(), k -> new HashMap<>())
                .putIfAbsent(MarkCells.key(x.date(), x.session()), new MarkView(x.code().letter(), 0, "")));
        List<MarkRowView> rows = new ArrayList<>();
        for (Pupil p : m.pupils()) {
            List<String> out = m.days().stream().filter(d -> !m.enrolledOn(p.id(), d)).map(LocalDate::toString)
                    .toList();
            rows.add(new MarkRowView(p.id(), p.code(), p.fullName(), out, cells.getOrDefault(p.id(), Map.of()),
                    tally(year.getOrDefault(p.id(), AbsenceTally.NONE))));
        }
        return new AttendanceMonthView(m.schoolClass().id(), m.schoolClass().name(), month.toString(), m.editable(),
                m.days().stream().map(LocalDate::toString).toList(),
                m.sessions().stream().map(DaySession::name).toList(), rows, changes);
    }

    /** Saves typed cells of the month, all or nothing ({@link AttendanceService#saveMarks}). */
    public MarkSaveAnswer save(long classId, YearMonth month, List<MarkEditView> edits) {
        List<MarkEdit> typed = edits.stream().map(AttendanceCalls::edit).toList();
        MarksSaved saved = services.attendance().saveMarks(actor, classId, month, typed);
        Map<String, AttendanceCode> codes = new HashMap<>();
        typed.forEach(e -> codes.put(e.pupilId() + "/" + MarkCells.key(e.date(), e.session()), e.code()));
        // every named cell now holds what was typed: written, or already holding it (a retry)
        List<MarkCellView> cells = new ArrayList<>();
        for (MarkVersion v : saved.cells()) {
            String key = MarkCells.key(v.date(), v.session());
            AttendanceCode code = codes.get(v.pupilId() + "/" + key);
            cells.add(new MarkCellView(v.pupilId(), key, code == null ? null : code.letter(), v.version(),
                    v.changedBy()));
        }
        return new MarkSaveAnswer(saved.changed(), cells, saved.changes());
    }

    public long changes(long classId, YearMonth month) {
        return services.attendance().changeCount(actor, classId, month);
    }

    /** A month as the path names it ({@code 2026-10}); anything else is a bad request. */
    public static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw new DomainException("lan.badRequest", "month");
        }
    }

    private static MarkEdit edit(MarkEditView e) {
        ClassDay day = MarkCells.parse(e.cell()).orElseThrow(() -> new DomainException("lan.badRequest", e.cell()));
        AttendanceCode code = null;
        if (e.code() != null && !e.code().isBlank()) {
            code = AttendanceCode.ofLetter(e.code())
                    .orElseThrow(() -> new DomainException("attendance.codeUnknown", e.code()));
        }
        return new MarkEdit(e.pupilId(), day.date(), day.session(), code, e.seenVersion());
    }

    static TallyView tally(AbsenceTally t) {
        return new TallyView(t.excused(), t.unexcused(), t.late(), t.absences());
    }
}
