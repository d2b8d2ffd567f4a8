package vn.sotruong.core.registers;

import java.time.format.DateTimeFormatter;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.review.MonthlyNote;
import vn.sotruong.core.review.MonthlyNoteStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.PromotionResult;
import vn.sotruong.core.assessment.tt22.StudentYearResult;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * Sổ theo dõi và đánh giá học sinh (theo lớp học), THCS: per class a cover, the sheet of every subject (TX,
 * GK, CK, ĐTBmhk of each term, ĐTBmcn, summer re-assessment) and the summary of each pupil's results (subject
 * results, learning and conduct per term and year, absences, re-assessment, promotion, award), and last the
 * vice-principal's monthly notes when any were written.
 */
final class ClassBookBuilder {
    /** ĐĐGtx columns a term's part of a subject sheet has: Circular 22 asks 2, 3 or 4 by periods per week. */
    static final int TX_COLUMNS = 4;
    /** Subject columns of the summary. */
    static final int SUMMARY_SUBJECTS = 14;

    private final GradebookService gradebook;
    private final ResultsService results;
    private final GradebookStore entries;
    private final MonthlyNoteStore notes;
    private static final Messages VI = Messages.vietnamese();

    ClassBookBuilder(GradebookService gradebook, ResultsService results, GradebookStore entries,
                     MonthlyNoteStore notes) {
        this.gradebook = gradebook;
        this.results = results;
        this.entries = entries;
        this.notes = notes;
    }

    /** The sections of one class's book, in binding order. */
    List<BookSection> sections(Actor actor, SchoolClass c, String homeroom, Map<Long, String> teacherBySubject,
                               RegisterPeriod period, Map<String, Object> heading) {
        return sections(actor, c, homeroom, teacherBySubject, period, heading, BookGaps.NONE);
    }

    /** The same, a draft's missing required entries printed "chưa đủ" ({@code gaps}, none for a final book). */
    List<BookSection> sections(Actor actor, SchoolClass c, String homeroom, Map<Long, String> teacherBySubject,
                               RegisterPeriod period, Map<String, Object> heading, BookGaps gaps) {
        // read through the services (the actor's rights), then the class's cells in one query
        ClassBook book = gradebook.classBook(actor, c.id());
        if (!(book.rules() instanceof Tt22RuleSet)) {
            throw new DomainException("registers.thcsOnly", c.name());
        }
        ClassResults computed = results.classResults(actor, c.id());
        ClassCells cells = ClassCells.read(entries, book);
        Map<Long, PupilResult> resultOf = new HashMap<>();
        computed.rows().forEach(r -> resultOf.put(r.pupil().pupilId(), r));
        Map<String, Object> common = new LinkedHashMap<>(heading);
        common.put("CLASS_NAME", c.name());
        common.put("GRADE", c.grade());
        common.put("HOMEROOM", homeroom);
        common.put("PERIOD", periodLabel(period));
        List<BookSection> out = new ArrayList<>();
        out.add(cover(book, common));
        out.add(subjects(book, new Marked(cells, gaps), resultOf, teacherBySubject, period, common));
        out.add(summary(book, new Marked(cells, gaps), resultOf, period, common));
        List<MonthlyNote> written = notes.ofClass(c.id());
        if (!written.isEmpty()) {
            out.add(notes(c, written, common));
        }
        return out;
    }

    /** The last section, when there are any: the vice-principal's monthly notes, by month, with date and name. */
    private static BookSection notes(SchoolClass c, List<MonthlyNote> written, Map<String, Object> common) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MonthlyNote n : written) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", n.month().getMonthValue() + "/" + n.month().getYear());
            row.put("text", n.text());
            row.put("author", n.authorName());
            row.put("written", day.format(n.writtenAt().atZone(EntryProgressService.SCHOOL_ZONE)));
            rows.add(row);
        }
        return new BookSection("class-book/notes", c.name() + " · Nhận xét hằng tháng", common, rows);
    }

    private static String periodLabel(RegisterPeriod p) {
        return switch (p) {
            case HK1 -> "Học kì I";
            case HK2 -> "Học kì I và học kì II";
            case YEAR -> "Cả năm học";
        };
    }

    private static BookSection cover(ClassBook book, Map<String, Object> common) {
        Map<String, Object> p = new LinkedHashMap<>(common);
        long current = book.roster().stream().filter(RosterRow::current).count();
        p.put("PUPILS", (int) current);
        p.put("LEFT", book.roster().size() - (int) current);
        return new BookSection("class-book/cover", book.schoolClass().name() + " · Bìa", p, List.of());
    }

    /** The class's cells as a book prints them: a draft's missing required entries read "chưa đủ". */
    private record Marked(ClassCells cells, BookGaps gaps) {
        String subject(long pupilId, String subject, String slot) {
            return gaps.cell(BookValues.cell(cells.subject(pupilId, subject, slot)), pupilId, subject, slot);
        }

        String conduct(long pupilId, String slot) {
            return gaps.cell(cells.conduct(pupilId, slot), pupilId, vn.sotruong.core.gradebook.Area.CONDUCT.code(),
                    slot);
        }
    }

    private static BookSection subjects(ClassBook book, Marked cells, Map<Long, PupilResult> resultOf,
                                        Map<Long, String> teachers, RegisterPeriod period,
                                        Map<String, Object> common) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int grade = book.schoolClass().grade();
        Tt22RuleSet rules = (Tt22RuleSet) book.rules();
        for (Subject s : book.subjects()) {
            int tx = Math.min(TX_COLUMNS, rules.regularAssessments(s, grade));
            int no = 0;
            for (RosterRow pupil : book.roster()) {
                long id = pupil.pupilId();
                SubjectResult result = resultOf.get(id).tt22().subject(s.code()).orElse(null);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(BookSection.PART, book.schoolClass().name() + " · " + s.name());
                row.put("subject", s.name());
                row.put("teacher", teachers.get(s.id()));
                row.put("scored", s.form() == AssessmentForm.SCORED);
                row.put("txCount", tx);
                row.put("no", ++no);
                row.put("name", pupil.pupil().fullName());
                row.put("note", leftNote(pupil));
                for (int term = 1; term <= 2; term++) {
                    boolean shown = term == 1 || period.showsTerm2();
                    for (int i = 1; i <= TX_COLUMNS; i++) {
                        row.put("tx" + term + i, shown && i <= tx
                                ? cells.subject(id, s.code(), ColumnLayout.tx(term, i)) : null);
                    }
                    row.put("gk" + term, shown ? cells.subject(id, s.code(), ColumnLayout.midterm(term)) : null);
                    row.put("ck" + term, shown ? cells.subject(id, s.code(), ColumnLayout.endOfTerm(term)) : null);
                    row.put("tb" + term, !shown || result == null ? null
                            : BookValues.outcome(term == 1 ? result.hk1() : result.hk2()));
                }
                row.put("cn", period.showsTerm2() && result != null ? BookValues.outcome(result.year()) : null);
                row.put("dgl", period.showsSummer() ? cells.subject(id, s.code(), ColumnLayout.SUMMER) : null);
                rows.add(row);
            }
        }
        return new BookSection("class-book/subjects", book.schoolClass().name() + " · Các môn học", common, rows);
    }

    private static BookSection summary(ClassBook book, Marked cells, Map<Long, PupilResult> byPupil,
                                RegisterPeriod period, Map<String, Object> common) {
        Map<String, Object> p = new LinkedHashMap<>(common);
        List<Subject> subjects = book.subjects();
        for (int i = 0; i < SUMMARY_SUBJECTS; i++) {
            p.put("S" + (i + 1), i < subjects.size() ? subjects.get(i).name() : null);
        }
        p.put("VALUES", period == RegisterPeriod.HK1 ? "Điểm trung bình môn học kì I (ĐTBmhkI) hoặc mức đánh giá"
                : "Điểm trung bình môn cả năm (ĐTBmcn) hoặc mức đánh giá");
        List<Map<String, Object>> rows = new ArrayList<>();
        int no = 0;
        for (RosterRow pupil : book.roster()) {
            long id = pupil.pupilId();
            StudentYearResult y = byPupil.get(id).tt22();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", ++no);
            row.put("name", pupil.pupil().fullName());
            row.put("note", leftNote(pupil));
            for (int i = 0; i < SUMMARY_SUBJECTS; i++) {
                String value = null;
                if (i < subjects.size()) {
                    SubjectResult r = y.subject(subjects.get(i).code()).orElse(null);
                    value = r == null ? null : BookValues.outcome(period == RegisterPeriod.HK1 ? r.hk1() : r.year());
                }
                row.put("s" + (i + 1), value);
            }
            row.put("hl1", BookValues.level(y.learningHk1().level()));
            row.put("rl1", cells.conduct(id, ColumnLayout.conduct(1)));
            boolean term2 = period.showsTerm2();
            row.put("hl2", term2 ? BookValues.level(y.learningHk2().level()) : null);
            row.put("hlcn", term2 ? BookValues.level(y.learningYear().level()) : null);
            row.put("rl2", term2 ? cells.conduct(id, ColumnLayout.conduct(2)) : null);
            row.put("rlcn", term2 ? BookValues.level(y.conductYear().level()) : null);
            row.put("absent", term2 ? BookValues.blankIfZero(byPupil.get(id).absences().absences()) : null);
            PromotionResult promotion = y.promotion();
            row.put("reassess", period.showsSummer() ? reassessment(promotion, subjects, cells.cells(), id) : null);
            row.put("rlhe", period.showsSummer() ? cells.conduct(id, ColumnLayout.SUMMER) : null);
            row.put("outcome", term2 && pupil.current() ? outcome(promotion, period) : null);
            row.put("award", term2 ? award(y) : null);
            rows.add(row);
        }
        return new BookSection("class-book/summary", book.schoolClass().name() + " · Tổng hợp kết quả", p, rows);
    }

    /** The year's award as printed ("Học sinh Giỏi"), or null for none. */
    static String award(StudentYearResult y) {
        return y.award().award() == vn.sotruong.core.assessment.tt22.Award.NONE ? null
                : VI.get(y.award().award().labelKey());
    }

    /** "Toán 6,0; KHTN —": the subjects to re-assess with the summer result where entered. */
    static String reassessment(PromotionResult promotion, List<Subject> subjects, ClassCells cells,
                                       long pupilId) {
        if (promotion.reassessSubjects().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String code : promotion.reassessSubjects()) {
            String name = subjects.stream().filter(s -> s.code().equals(code)).map(Subject::name).findFirst()
                    .orElse(code);
            String result = BookValues.cell(cells.subject(pupilId, code, ColumnLayout.SUMMER));
            parts.add(name + " " + (result == null ? "—" : result));
        }
        return String.join("; ", parts);
    }

    /** The promotion as the books write it: "Lên lớp", "Ở lại lớp", "Hoàn thành CT THCS", …; null while open. */
    static String outcome(PromotionResult promotion, RegisterPeriod period) {
        if (promotion.completesLowerSecondary()) {
            return "Hoàn thành CT THCS";
        }
        return switch (promotion.outcome()) {
            case PROMOTED -> "Lên lớp";
            case NOT_PROMOTED -> "Ở lại lớp";
            case INCOMPLETE -> period.showsSummer() ? "Chưa đủ kết quả" : null;
            default -> VI.get(promotion.outcome().labelKey());
        };
    }

    /** "Chuyển đi 12/01/2027" for a pupil who left; null for a pupil still in the class. */
    static String leftNote(RosterRow r) {
        return r.current() ? null : "Rời lớp " + BookValues.date(r.leftOn());
    }
}
