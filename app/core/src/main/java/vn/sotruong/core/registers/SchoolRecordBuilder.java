package vn.sotruong.core.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.StudentYearResult;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.assessment.tt27.Completion;
import vn.sotruong.core.assessment.tt27.PrimaryYearResult;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.PupilPhotoStore;
import vn.sotruong.core.pupil.PupilStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.YearService;

/**
 * Học bạ: for each pupil the front page (trang bìa and the particulars), the pages of the earlier school years at
 * this school, then the page for the year; each a section, so every pupil has their own page ranges in the print
 * ledger. THCS: the subjects with ĐTBmhk I, II and ĐTBmcn (or Đ/CĐ), re-assessment and the subject teacher's
 * remark, then conduct and learning per term and year, absences, promotion, award. Tiểu học: the subjects' levels
 * and end-of-year test scores with remarks, the qualities and competences, the end-of-year evaluation, award and
 * completion.
 */
final class SchoolRecordBuilder {
    private static final Messages VI = Messages.vietnamese();

    private final ResultsService results;
    private final GradebookStore entries;
    private final Pupils pupils;

    /** Where the front page and the earlier years come from: the record, admission, photo and classes of a pupil. */
    record Pupils(PupilStore records, EnrolmentStore enrolments, PupilPhotoStore photos, OrganisationStore classes,
                  YearService years) {
    }

    /** The people who sign a class's pages: its homeroom teacher and its subject teachers (subject id → name). */
    interface Signers {
        String homeroom(SchoolClass c);

        Map<Long, String> teachers(SchoolClass c);
    }

    SchoolRecordBuilder(ResultsService results, GradebookStore entries, Pupils pupils) {
        this.results = results;
        this.entries = entries;
        this.pupils = pupils;
    }

    /**
     * Per pupil of the class: the front page (cover and particulars), the page of each earlier school year at this
     * school in order, then this year's page.
     */
    List<BookSection> sections(Actor actor, SchoolClass c, Signers signers, RegisterPeriod period,
                               Map<String, Object> heading) {
        ClassResults computed = results.classResults(actor, c.id());
        ClassBook book = computed.book();
        ClassCells cells = ClassCells.read(entries, book);
        boolean primary = book.rules() instanceof Tt27RuleSet;
        Map<Long, Year> earlier = new HashMap<>();
        List<BookSection> out = new ArrayList<>();
        for (PupilResult r : computed.rows()) {
            Pupil pupil = r.pupil().pupil();
            String who = c.name() + " · " + pupil.fullName() + " (" + pupil.code() + ")";
            out.add(front(pupil, c, primary, heading, who));
            for (Enrolment e : YearPages.before(pupils.enrolments().enrolmentsOf(pupil.id()), c.yearId())) {
                Year y = earlier.computeIfAbsent(e.classId(), id -> year(actor, id, heading));
                y.rows.stream().filter(row -> row.pupil().pupilId() == pupil.id()).findFirst().ifPresent(row ->
                        out.add(page(y.book, y.cells, row, signers, RegisterPeriod.YEAR, y.heading,
                                who + " · " + y.heading.get("YEAR_LABEL"))));
            }
            out.add(page(book, cells, r, signers, period, heading, who));
        }
        return out;
    }

    /** An earlier year's class: its results and cells, and the heading with that year's label. */
    private record Year(ClassBook book, ClassCells cells, List<PupilResult> rows, Map<String, Object> heading) {
    }

    private Year year(Actor actor, long classId, Map<String, Object> heading) {
        ClassResults computed = results.classResults(actor, classId);
        Map<String, Object> h = new LinkedHashMap<>(heading);
        h.put("YEAR_LABEL", pupils.years().requireYear(computed.book().schoolClass().yearId()).label());
        return new Year(computed.book(), ClassCells.read(entries, computed.book()), computed.rows(), h);
    }

    private BookSection page(ClassBook book, ClassCells cells, PupilResult r, Signers signers, RegisterPeriod period,
                             Map<String, Object> heading, String label) {
        SchoolClass c = book.schoolClass();
        Map<String, Object> p = new LinkedHashMap<>(heading);
        p.putAll(identity(r.pupil().pupil()));
        p.put("CLASS_NAME", c.name());
        p.put("GRADE", c.grade());
        p.put("HOMEROOM", signers.homeroom(c));
        p.put("NOTE", ClassBookBuilder.leftNote(r.pupil()));
        p.put("ABSENT", Integer.toString(r.absences().absences()));
        return book.rules() instanceof Tt27RuleSet ? primary(book, cells, r, period, p, label)
                : lowerSecondary(book, cells, r, signers.teachers(c), period, p, label);
    }

    /**
     * Trang bìa and the pupil's particulars: what the store holds (name, birth, sex, ethnicity, birthplace, address,
     * parents, photo, register number, admission); what it does not is left null and printed as a dotted line.
     */
    private BookSection front(Pupil pupil, SchoolClass c, boolean primary, Map<String, Object> heading, String who) {
        Map<String, Object> p = new LinkedHashMap<>(heading);
        p.putAll(identity(pupil));
        p.put("LEVEL", primary ? "TIỂU HỌC" : "TRUNG HỌC CƠ SỞ");
        p.put("CLASS_NAME", c.name());
        pupils.records().admissionOf(pupil.id()).ifPresent(a -> {
            p.put("REGISTER_NO", a.registerNo() > 0 ? Integer.toString(a.registerNo()) : null);
            p.put("ADMITTED", BookValues.date(a.admittedOn()));
            p.put("ADMITTED_YEAR", a.admittedOn() == null ? null : Integer.toString(a.admittedOn().getYear()));
            p.put("FROM_SCHOOL", a.fromSchool());
        });
        pupils.photos().find(pupil.id()).ifPresent(ph -> p.put("PHOTO", ph.bytes()));
        return new BookSection("hoc-ba/front", who + " · Trang bìa", p, List.of());
    }

    private static Map<String, Object> identity(Pupil pupil) {
        Map<String, Object> p = new HashMap<>();
        p.put("PUPIL_NAME", pupil.fullName());
        p.put("PUPIL_CODE", pupil.code());
        p.put("BIRTH", BookValues.date(pupil.birthDate()));
        p.put("GENDER", pupil.gender() == null ? null : pupil.gender().label());
        p.put("BIRTHPLACE", pupil.birthPlace());
        p.put("ETHNICITY", pupil.ethnicity());
        p.put("ADDRESS", pupil.address());
        p.put("FATHER", parent(pupil.father()));
        p.put("MOTHER", parent(pupil.mother()));
        p.put("GUARDIAN", parent(pupil.guardian()));
        return p;
    }

    private static String parent(Parent p) {
        if (p == null || p.isEmpty() || p.name() == null) {
            return null;
        }
        return p.occupation() == null || p.occupation().isBlank() ? p.name() : p.name() + " (" + p.occupation() + ")";
    }

    private static BookSection lowerSecondary(ClassBook book, ClassCells cells, PupilResult r,
                                              Map<Long, String> teachers, RegisterPeriod period,
                                              Map<String, Object> p, String label) {
        StudentYearResult y = r.tt22();
        long id = r.pupil().pupilId();
        boolean term2 = period.showsTerm2();
        List<Map<String, Object>> rows = new ArrayList<>();
        int no = 0;
        for (Subject s : book.subjects()) {
            SubjectResult sr = y.subject(s.code()).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", ++no);
            row.put("subject", s.name());
            row.put("tb1", sr == null ? null : BookValues.outcome(sr.hk1()));
            row.put("tb2", sr == null || !term2 ? null : BookValues.outcome(sr.hk2()));
            row.put("cn", sr == null || !term2 ? null : BookValues.outcome(sr.year()));
            row.put("dgl", period.showsSummer() ? BookValues.cell(cells.subject(id, s.code(), ColumnLayout.SUMMER))
                    : null);
            String remark = term2 ? cells.subject(id, s.code(), ColumnLayout.remark(2)) : null;
            row.put("remark", remark != null ? remark : cells.subject(id, s.code(), ColumnLayout.remark(1)));
            row.put("teacher", teachers.get(s.id()));
            rows.add(row);
        }
        p.put("HL1", BookValues.level(y.learningHk1().level()));
        p.put("RL1", cells.conduct(id, ColumnLayout.conduct(1)));
        p.put("HL2", term2 ? BookValues.level(y.learningHk2().level()) : null);
        p.put("RL2", term2 ? cells.conduct(id, ColumnLayout.conduct(2)) : null);
        p.put("HLCN", term2 ? BookValues.level(y.learningYear().level()) : null);
        p.put("RLCN", term2 ? BookValues.level(y.conductYear().level()) : null);
        p.put("RLHE", period.showsSummer() ? cells.conduct(id, ColumnLayout.SUMMER) : null);
        p.put("REASSESS", period.showsSummer()
                ? ClassBookBuilder.reassessment(y.promotion(), book.subjects(), cells, id) : null);
        p.put("OUTCOME", term2 && r.pupil().current() ? ClassBookBuilder.outcome(y.promotion(), period) : null);
        p.put("AWARD", term2 ? ClassBookBuilder.award(y) : null);
        return new BookSection("hoc-ba/thcs", label, p, rows);
    }

    private static BookSection primary(ClassBook book, ClassCells cells, PupilResult r, RegisterPeriod period,
                                       Map<String, Object> p, String label) {
        long id = r.pupil().pupilId();
        String point = period == RegisterPeriod.HK1 ? "CHK1" : "CN";
        p.put("POINT", period == RegisterPeriod.HK1 ? "Cuối học kì I" : "Cuối năm học");
        List<Map<String, Object>> rows = new ArrayList<>();
        int no = 0;
        for (Subject s : book.subjects()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", ++no);
            row.put("subject", s.name());
            row.put("level", cells.subject(id, s.code(), ColumnLayout.level(point)));
            row.put("test", BookValues.cell(cells.subject(id, s.code(), ColumnLayout.test(point))));
            row.put("remark", cells.subject(id, s.code(), point + ".NX"));
            rows.add(row);
        }
        for (String q : Tt27RuleSet.QUALITIES) {
            p.put(q, BookValues.cell(cells.quality(id, ColumnLayout.quality(q, point))));
        }
        PrimaryYearResult y = r.tt27();
        boolean yearEnd = period != RegisterPeriod.HK1 && y != null;
        p.put("OVERALL", yearEnd ? overall(y) : null);
        p.put("AWARD", yearEnd && y.xuatSac() ? "Học sinh Xuất sắc" : null);
        p.put("COMPLETION", yearEnd ? completion(y, book.schoolClass().grade()) : null);
        return new BookSection("hoc-ba/tieu-hoc", label, p, rows);
    }

    private static String overall(PrimaryYearResult y) {
        var level = y.afterSupplementary() != null && y.afterSupplementary().complete() ? y.afterSupplementary()
                : y.overall();
        return level.complete() ? VI.get(level.level().labelKey()) : null;
    }

    /** "Hoàn thành chương trình lớp học" / "… tiểu học", the principal's decision, or what is still open. */
    private static String completion(PrimaryYearResult y, int grade) {
        if (y.completion() == Completion.INCOMPLETE) {
            return null;
        }
        if (y.completesPrimary() || (grade == 5 && y.completesGrade())) {
            return "Hoàn thành chương trình tiểu học";
        }
        return VI.get(y.completion().labelKey());
    }
}
