package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.pupil.PupilRules;

/**
 * Checks the rows of a DIEMDANH sheet against the school's calendar and the class's enrolments, and
 * names every problem by row and column. Nothing is stored here: the service replaces the days only
 * when this found no error.
 */
final class AttendanceImportCheck {
    /** What the school holds that the rows are judged against. */
    record Context(SchoolDays days, List<DaySession> kept, Map<String, Long> pupilIdByCode,
                   Map<Long, List<Enrolment>> classEnrolments) {
    }

    private record Key(long pupilId, ClassDay day) {
    }

    private final Context context;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final SortedMap<ClassDay, List<AttendanceMark>> accepted = new TreeMap<>();

    AttendanceImportCheck(Context context) {
        this.context = context;
    }

    List<ImportIssue> issues() {
        return List.copyOf(issues);
    }

    /** The file's marks by day and session. Meaningful only when {@link #issues()} holds no error. */
    SortedMap<ClassDay, List<AttendanceMark>> accepted() {
        return accepted;
    }

    AttendanceImportCheck check(List<AttendanceRow> rows) {
        if (rows.isEmpty()) {
            issues.add(error(0, null, "attendance.import.noRows", null));
            return this;
        }
        Map<Key, Integer> rowOf = new HashMap<>();
        for (AttendanceRow row : rows) {
            AttendanceMark mark = parse(row);
            if (mark == null) {
                continue;
            }
            ClassDay day = new ClassDay(mark.date(), mark.session());
            Integer first = rowOf.putIfAbsent(new Key(mark.pupilId(), day), row.row());
            if (first != null) {
                issues.add(error(row.row(), AttendanceColumn.PUPIL_CODE, "attendance.import.duplicateInFile",
                        String.valueOf(first)));
                continue;
            }
            accepted.computeIfAbsent(day, d -> new ArrayList<>()).add(mark);
        }
        return this;
    }

    /** The row as a mark, or null after naming each bad cell. */
    private AttendanceMark parse(AttendanceRow row) {
        int before = issues.size();
        LocalDate date = cell(row, AttendanceColumn.DATE, this::schoolDay);
        DaySession session = row.get(AttendanceColumn.SESSION) == null && context.kept().size() == 1
                ? DaySession.SANG : cell(row, AttendanceColumn.SESSION, this::session);
        String code = cell(row, AttendanceColumn.PUPIL_CODE, t -> t.strip().toUpperCase(java.util.Locale.ROOT));
        AttendanceCode kind = cell(row, AttendanceColumn.KIND, t -> AttendanceCode.ofLetter(t)
                .orElseThrow(() -> new DomainException("attendance.codeUnknown", t)));
        if (issues.size() > before) {
            return null;
        }
        Long pupilId = context.pupilIdByCode().get(code);
        if (pupilId == null) {
            issues.add(error(row.row(), AttendanceColumn.PUPIL_CODE, "attendance.pupilUnknown", code));
            return null;
        }
        List<Enrolment> here = context.classEnrolments().getOrDefault(pupilId, List.of());
        if (here.isEmpty()) {
            issues.add(error(row.row(), AttendanceColumn.PUPIL_CODE, "attendance.import.notInClass", code));
            return null;
        }
        if (here.stream().noneMatch(e -> e.coversDate(date))) {
            issues.add(error(row.row(), AttendanceColumn.PUPIL_CODE, "attendance.import.notEnrolledOn", code));
            return null;
        }
        return new AttendanceMark(pupilId, date, session, kind);
    }

    private LocalDate schoolDay(String text) {
        LocalDate d = PupilRules.date(text).orElseThrow(() -> new DomainException("pupil.import.dateInvalid", text));
        if (!context.days().inYear(d)) {
            throw new DomainException("attendance.outsideYear", SchoolDays.text(d));
        }
        if (!context.days().isSchoolDay(d)) {
            throw new DomainException("attendance.notSchoolDay", SchoolDays.text(d));
        }
        return d;
    }

    private DaySession session(String text) {
        DaySession s = DaySession.ofLabel(text).orElseThrow(() -> new DomainException("attendance.sessionInvalid",
                text));
        if (!context.kept().contains(s)) {
            throw new DomainException("attendance.sessionNotKept", s.label());
        }
        return s;
    }

    private <T> T cell(AttendanceRow row, AttendanceColumn column, Function<String, T> read) {
        String text = row.get(column);
        if (text == null) {
            issues.add(error(row.row(), column, "pupil.import.required", null));
            return null;
        }
        try {
            return read.apply(text);
        } catch (DomainException e) {
            Object[] args = e.args();
            issues.add(error(row.row(), column, e.code(), args.length == 0 ? text : String.valueOf(args[0])));
            return null;
        }
    }

    static ImportIssue error(int row, AttendanceColumn column, String code, String value) {
        return new ImportIssue(ImportIssue.Severity.ERROR, AttendanceColumn.SHEET, row,
                column == null ? null : column.header(), code, value);
    }
}
