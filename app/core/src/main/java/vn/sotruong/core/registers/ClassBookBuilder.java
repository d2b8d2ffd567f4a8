package vn.sotruong.core.registers;

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
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * Sổ theo dõi và đánh giá học sinh (theo lớp học), THCS: per class a cover, the sheet of every subject (TX,
 * GK, CK, ĐTBmhk of each term, ĐTBmcn, summer re-assessment) and the summary of each pupil's results (subject
 * results, learning and conduct per term and year, absences, re-assessment, promotion, award).
 */
final class ClassBookBuilder {
    /** ĐĐGtx columns a term's part of a subject sheet has: Circular 22 asks 2, 3 or 4 by periods per week. */
    static final int TX_COLUMNS = 4;
    /** Subject columns of the summary. */
    static final int SUMMARY_SUBJECTS = 14;

    private final GradebookService gradebook;
    private final ResultsService results;
    private final Messages vi = Messages.vietnamese();

    ClassBookBuilder(GradebookService gradebook, ResultsService results) {
        this.gradebook = gradebook;
        this.results = results;
    }

    /** The sections of one class's book, in binding order. */
    List<BookSection> sections(Actor actor, SchoolClass c, String homeroom, Map<Long, String> teacherBySubject,
                               RegisterPeriod period, Map<String, Object> heading) {
        ClassBook book = gradebook.classBook(actor, c.id());
        if (!(book.rules() instanceof Tt22RuleSet)) {
            throw new DomainException("registers.thcsOnly", c.name());
        }
        Map<String, Object> common = new LinkedHashMap<>(heading);
        common.put("CLASS_NAME", c.name());
        common.put("GRADE", c.grade());
        common.put("HOMEROOM", homeroom);
        common.put("PERIOD", periodLabel(period));
        List<BookSection> out = new ArrayList<>();
        out.add(cover(book, common));
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        for (Subject s : book.subjects()) {
            sheets.put(s.code(), gradebook.sheet(actor, c.id(), SheetRef.subject(s.code())));
        }
        out.add(subjects(book, sheets, teacherBySubject, period, common));
        Sheet conduct = gradebook.sheet(actor, c.id(), SheetRef.conduct());
        out.add(summary(book, sheets, conduct, results.classResults(actor, c.id()), period, common));
        return out;
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

    private static BookSection subjects(ClassBook book, Map<String, Sheet> sheets, Map<Long, String> teachers,
                                        RegisterPeriod period, Map<String, Object> common) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int grade = book.schoolClass().grade();
        Tt22RuleSet rules = (Tt22RuleSet) book.rules();
        for (Subject s : book.subjects()) {
            Sheet sheet = sheets.get(s.code());
            int tx = Math.min(TX_COLUMNS, rules.regularAssessments(s, grade));
            int no = 0;
            for (SheetRow r : sheet.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(BookSection.PART, book.schoolClass().name() + " · " + s.name());
                row.put("subject", s.name());
                row.put("teacher", teachers.get(s.id()));
                row.put("scored", s.form() == AssessmentForm.SCORED);
                row.put("txCount", tx);
                row.put("no", ++no);
                row.put("name", r.pupil().pupil().fullName());
                row.put("note", leftNote(r.pupil()));
                for (int term = 1; term <= 2; term++) {
                    boolean shown = term == 1 || period.showsTerm2();
                    for (int i = 1; i <= TX_COLUMNS; i++) {
                        row.put("tx" + term + i, shown && i <= tx ? BookValues.cell(r.text(ColumnLayout.tx(term, i))) : null);
                    }
                    row.put("gk" + term, shown ? BookValues.cell(r.text(ColumnLayout.midterm(term))) : null);
                    row.put("ck" + term, shown ? BookValues.cell(r.text(ColumnLayout.endOfTerm(term))) : null);
                    SubjectResult result = r.result();
                    row.put("tb" + term, !shown || result == null ? null
                            : BookValues.outcome(term == 1 ? result.hk1() : result.hk2()));
                }
                row.put("cn", period.showsTerm2() && r.result() != null ? BookValues.outcome(r.result().year()) : null);
                row.put("dgl", period.showsSummer() ? BookValues.cell(r.text(ColumnLayout.SUMMER)) : null);
                rows.add(row);
            }
        }
        return new BookSection("class-book/subjects", book.schoolClass().name() + " · Các môn học", common, rows);
    }

    private BookSection summary(ClassBook book, Map<String, Sheet> sheets, Sheet conduct, ClassResults results,
                                RegisterPeriod period, Map<String, Object> common) {
        Map<String, Object> p = new LinkedHashMap<>(common);
        List<Subject> subjects = book.subjects();
        for (int i = 0; i < SUMMARY_SUBJECTS; i++) {
            p.put("S" + (i + 1), i < subjects.size() ? subjects.get(i).name() : null);
        }
        p.put("VALUES", period == RegisterPeriod.HK1 ? "Điểm trung bình môn học kì I (ĐTBmhkI) hoặc mức đánh giá"
                : "Điểm trung bình môn cả năm (ĐTBmcn) hoặc mức đánh giá");
        Map<Long, PupilResult> byPupil = new HashMap<>();
        results.rows().forEach(r -> byPupil.put(r.pupil().pupilId(), r));
        Map<Long, SheetRow> conductRows = new HashMap<>();
        conduct.rows().forEach(r -> conductRows.put(r.pupil().pupilId(), r));
        List<Map<String, Object>> rows = new ArrayList<>();
        int no = 0;
        for (RosterRow pupil : book.roster()) {
            StudentYearResult y = byPupil.get(pupil.pupilId()).tt22();
            SheetRow cond = conductRows.get(pupil.pupilId());
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
            row.put("rl1", cond == null ? null : cond.text(ColumnLayout.conduct(1)));
            boolean term2 = period.showsTerm2();
            row.put("hl2", term2 ? BookValues.level(y.learningHk2().level()) : null);
            row.put("hlcn", term2 ? BookValues.level(y.learningYear().level()) : null);
            row.put("rl2", term2 && cond != null ? cond.text(ColumnLayout.conduct(2)) : null);
            row.put("rlcn", term2 ? BookValues.level(y.conductYear().level()) : null);
            row.put("absent", term2 ? BookValues.blankIfZero(byPupil.get(pupil.pupilId()).absences().counted()) : null);
            PromotionResult promotion = y.promotion();
            row.put("reassess", period.showsSummer() ? reassessment(promotion, subjects, sheets, pupil.pupilId()) : null);
            row.put("rlhe", period.showsSummer() && cond != null ? cond.text(ColumnLayout.SUMMER) : null);
            row.put("outcome", term2 && pupil.current() ? outcome(promotion, period) : null);
            row.put("award", term2 && y.award().award() != vn.sotruong.core.assessment.tt22.Award.NONE
                    ? vi.get(y.award().award().labelKey()) : null);
            rows.add(row);
        }
        return new BookSection("class-book/summary", book.schoolClass().name() + " · Tổng hợp kết quả", p, rows);
    }

    /** "Toán 6,0; KHTN —": the subjects to re-assess with the summer result where entered. */
    private static String reassessment(PromotionResult promotion, List<Subject> subjects, Map<String, Sheet> sheets,
                                       long pupilId) {
        if (promotion.reassessSubjects().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String code : promotion.reassessSubjects()) {
            String name = subjects.stream().filter(s -> s.code().equals(code)).map(Subject::name).findFirst()
                    .orElse(code);
            String result = sheets.containsKey(code) ? sheets.get(code).row(pupilId)
                    .map(r -> BookValues.cell(r.text(ColumnLayout.SUMMER))).orElse(null) : null;
            parts.add(name + " " + (result == null ? "—" : result));
        }
        return String.join("; ", parts);
    }

    private String outcome(PromotionResult promotion, RegisterPeriod period) {
        if (promotion.completesLowerSecondary()) {
            return "Hoàn thành CT THCS";
        }
        return switch (promotion.outcome()) {
            case PROMOTED -> "Lên lớp";
            case NOT_PROMOTED -> "Ở lại lớp";
            case INCOMPLETE -> period.showsSummer() ? "Chưa đủ kết quả" : null;
            default -> vi.get(promotion.outcome().labelKey());
        };
    }

    /** "Chuyển đi 12/01/2027" for a pupil who left; null for a pupil still in the class. */
    static String leftNote(RosterRow r) {
        return r.current() ? null : "Rời lớp " + BookValues.date(r.leftOn());
    }
}
