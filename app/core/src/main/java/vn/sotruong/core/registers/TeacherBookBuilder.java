package vn.sotruong.core.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * Sổ theo dõi và đánh giá học sinh của giáo viên bộ môn (sổ cá nhân): for one teacher and one subject, a sheet per
 * class they teach it to — the pupils and the subject's columns as {@link ColumnLayout} lays them out (THCS: TX,
 * GK, CK and the term averages; tiểu học: level and test at the points). Printed empty at the start of the term
 * ({@link BookOptions#blank()}) and again filled.
 */
final class TeacherBookBuilder {
    /** Column slots of the layout; a sheet uses the first ones, the rest print shaded. */
    static final int COLUMNS = 16;

    private final GradebookService gradebook;
    private final ResultsService results;
    private final GradebookStore entries;

    TeacherBookBuilder(GradebookService gradebook, ResultsService results, GradebookStore entries) {
        this.gradebook = gradebook;
        this.results = results;
        this.entries = entries;
    }

    /** A printed column: its header and where its values come from (a stored slot, or a computed average). */
    private record Printed(String header, String slot, int averageOfTerm) {
    }

    BookSection section(Actor actor, List<SchoolClass> classes, String teacher, String subjectCode,
                        RegisterPeriod period, boolean blank, Map<String, Object> heading) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String subjectName = subjectCode;
        List<String> classNames = new ArrayList<>();
        for (SchoolClass c : classes) {
            ClassBook book = gradebook.classBook(actor, c.id());
            Subject s = book.requireSubject(subjectCode);
            subjectName = s.name();
            classNames.add(c.name());
            List<Printed> columns = columns(book, s, period);
            ClassCells cells = blank ? null : ClassCells.read(entries, book);
            Map<Long, PupilResult> resultOf = new HashMap<>();
            if (!blank && book.rules() instanceof Tt22RuleSet) {
                results.classResults(actor, c.id()).rows().forEach(r -> resultOf.put(r.pupil().pupilId(), r));
            }
            int no = 0;
            for (RosterRow pupil : book.roster()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(BookSection.PART, c.name() + " · " + s.name());
                row.put("className", c.name());
                row.put("no", ++no);
                row.put("name", pupil.pupil().fullName());
                row.put("note", ClassBookBuilder.leftNote(pupil));
                for (int i = 0; i < COLUMNS; i++) {
                    Printed col = i < columns.size() ? columns.get(i) : null;
                    row.put("h" + (i + 1), col == null ? null : col.header());
                    row.put("c" + (i + 1), col == null || blank ? null
                            : value(col, cells, resultOf.get(pupil.pupilId()), pupil.pupilId(), s.code()));
                }
                rows.add(row);
            }
        }
        Map<String, Object> p = new LinkedHashMap<>(heading);
        p.put("TEACHER", teacher);
        p.put("SUBJECT", subjectName);
        p.put("CLASSES", String.join(", ", classNames));
        p.put("PERIOD", switch (period) {
            case HK1 -> "Học kì I";
            case HK2 -> "Học kì I và học kì II";
            case YEAR -> "Cả năm học";
        });
        p.put("BLANK", blank);
        return new BookSection("teacher-book/sheet", "Sổ cá nhân · " + teacher + " · " + subjectName, p, rows);
    }

    /** The subject's columns for the period, as the gradebook lays them out, with the averages after each term. */
    private static List<Printed> columns(ClassBook book, Subject s, RegisterPeriod period) {
        List<Printed> out = new ArrayList<>();
        int grade = book.schoolClass().grade();
        if (book.rules() instanceof Tt22RuleSet rules) {
            List<Column> layout = ColumnLayout.tt22Subject(rules, s, grade);
            boolean scored = s.form() == AssessmentForm.SCORED;
            for (int term = 1; term <= (period.showsTerm2() ? 2 : 1); term++) {
                for (Column c : layout) {
                    if (c.term() == term && (c.kind() == ColumnKind.SCORE || c.kind() == ColumnKind.COMMENT)) {
                        out.add(new Printed(c.header(), c.slot(), 0));
                    }
                }
                out.add(new Printed("HK" + term + (scored ? " ĐTB" : " KQ"), null, term));
            }
            if (period.showsTerm2()) {
                out.add(new Printed(scored ? "CN ĐTB" : "CN KQ", null, 3));
            }
            if (period.showsSummer()) {
                out.add(new Printed("Đánh giá lại", ColumnLayout.SUMMER, 0));
            }
            return out;
        }
        for (Column c : ColumnLayout.tt27Subject(s.code(), grade)) {
            boolean inPeriod = c.term() == 1 || (c.term() == 2 && period.showsTerm2())
                    || (c.term() == 0 && period.showsSummer());
            if (inPeriod && (c.kind() == ColumnKind.SUBJECT_LEVEL || c.kind() == ColumnKind.TEST)) {
                out.add(new Printed(c.header(), c.slot(), 0));
            }
        }
        return out;
    }

    private static String value(Printed col, ClassCells cells, PupilResult result, long pupilId, String code) {
        if (col.slot() != null) {
            return BookValues.cell(cells.subject(pupilId, code, col.slot()));
        }
        SubjectResult r = result == null ? null : result.tt22().subject(code).orElse(null);
        if (r == null) {
            return null;
        }
        return BookValues.outcome(switch (col.averageOfTerm()) {
            case 1 -> r.hk1();
            case 2 -> r.hk2();
            default -> r.year();
        });
    }
}
