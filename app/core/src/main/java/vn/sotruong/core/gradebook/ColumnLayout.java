package vn.sotruong.core.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;

/**
 * The columns of each sheet, from the rule set: Circular 22 subjects have n ĐĐGtx (from the subject's
 * periods in the grade), GK and CK per term; Circular 27 subjects have a level at the four points and a
 * test score where the subject and grade have one. Headers are the INTERFACES.md Excel headers.
 */
public final class ColumnLayout {
    /** The four assessment points of Circular 27: giữa HK1, cuối HK1, giữa HK2, cuối năm. */
    public static final List<String> POINTS = List.of("GHK1", "CHK1", "GHK2", "CN");
    public static final String SUMMER = "HE";
    public static final String SUPPLEMENTARY = "BS";
    private static final Set<String> MID_TERM_TESTED = Set.of("TIENGVIET", "TOAN");

    private ColumnLayout() {
    }

    public static String tx(int term, int n) {
        return "HK" + term + ".TX" + n;
    }

    public static String midterm(int term) {
        return "HK" + term + ".GK";
    }

    public static String endOfTerm(int term) {
        return "HK" + term + ".CK";
    }

    public static String remark(int term) {
        return "HK" + term + ".NX";
    }

    public static String exemption(int term) {
        return "HK" + term + ".MG";
    }

    public static String conduct(int term) {
        return "HK" + term;
    }

    public static String level(String point) {
        return point + ".MUC";
    }

    public static String test(String point) {
        return point + ".DIEM";
    }

    /** The columns of a sheet of a class's book, from its rule set; refuses a sheet the rule set does not have. */
    public static List<Column> forSheet(ClassBook book, SheetRef ref) {
        int grade = book.schoolClass().grade();
        return switch (ref.area()) {
            case SUBJECT -> {
                Subject s = book.requireSubject(ref.item());
                yield book.rules() instanceof Tt22RuleSet r ? tt22Subject(r, s, grade) : tt27Subject(s.code(), grade);
            }
            case CONDUCT -> {
                requireRules(book, Tt22RuleSet.class);
                yield tt22Conduct();
            }
            case QUALITY -> {
                requireRules(book, Tt27RuleSet.class);
                yield tt27Qualities();
            }
        };
    }

    private static void requireRules(ClassBook book, Class<?> kind) {
        if (!kind.isInstance(book.rules())) {
            throw new DomainException("gradebook.sheetNotInRules", book.rules().id());
        }
    }

    /** A Circular 22 subject in a grade. */
    public static List<Column> tt22Subject(Tt22RuleSet rules, Subject s, int grade) {
        int n = rules.regularAssessments(s, grade);
        ColumnKind kind = s.form() == AssessmentForm.SCORED ? ColumnKind.SCORE : ColumnKind.COMMENT;
        List<Column> cols = new ArrayList<>();
        for (int term = 1; term <= 2; term++) {
            String hk = "HK" + term;
            for (int i = 1; i <= n; i++) {
                cols.add(new Column(tx(term, i), kind, hk + " TX" + i, term, true));
            }
            cols.add(new Column(midterm(term), kind, hk + " GK", term, true));
            cols.add(new Column(endOfTerm(term), kind, hk + " CK", term, true));
            cols.add(new Column(remark(term), ColumnKind.REMARK, hk + " Nhận xét", term, false));
            cols.add(new Column(exemption(term), ColumnKind.EXEMPTION, hk + " Miễn", term, false));
        }
        cols.add(new Column(SUMMER, ColumnKind.REASSESSMENT, "Đánh giá lại", 0, false));
        return List.copyOf(cols);
    }

    /** Conduct of a Circular 22 class: HK1, HK2 and the result after summer training. */
    public static List<Column> tt22Conduct() {
        return List.of(new Column(conduct(1), ColumnKind.CONDUCT, "HK1", 1, true),
                new Column(conduct(2), ColumnKind.CONDUCT, "HK2", 2, true),
                new Column(SUMMER, ColumnKind.CONDUCT, "Rèn luyện hè", 0, false));
    }

    /** A Circular 27 subject in a grade. */
    public static List<Column> tt27Subject(String code, int grade) {
        List<Column> cols = new ArrayList<>();
        boolean tested = Tt27RuleSet.tested(code, grade);
        for (String p : POINTS) {
            int term = p.endsWith("1") ? 1 : 2;
            cols.add(new Column(level(p), ColumnKind.SUBJECT_LEVEL, p + " Mức", term, true));
            boolean end = p.startsWith("C");
            if (tested && (end || (grade >= 4 && MID_TERM_TESTED.contains(code)))) {
                cols.add(new Column(test(p), ColumnKind.TEST, p + " Điểm", term, true));
            }
            cols.add(new Column(p + ".NX", ColumnKind.REMARK, p + " Nhận xét", term, false));
        }
        cols.add(new Column(level(SUPPLEMENTARY), ColumnKind.SUBJECT_LEVEL, "Bổ sung Mức", 0, false));
        if (tested) {
            cols.add(new Column(test(SUPPLEMENTARY), ColumnKind.TEST, "Bổ sung Điểm", 0, false));
        }
        return List.copyOf(cols);
    }

    /** The slot of a quality or competence at a point: {@code YEUNUOC.CN}. */
    public static String quality(String code, String point) {
        return code + "." + point;
    }

    /**
     * The 5 qualities and 10 competences of Circular 27 at the four points (the PCNL sheet), then the homeroom
     * teacher's nomination for "Học sinh Tiêu biểu…" at the end of the year: what the pupil stands out in (Art 13).
     */
    public static List<Column> tt27Qualities() {
        List<Column> cols = new ArrayList<>();
        for (String code : Tt27RuleSet.QUALITIES) {
            for (String p : POINTS) {
                cols.add(new Column(quality(code, p), ColumnKind.QUALITY, code + " " + p, p.endsWith("1") ? 1 : 2,
                        true));
            }
        }
        cols.add(new Column(TIEU_BIEU, ColumnKind.REMARK, "TIEUBIEU CN", 2, false));
        return List.copyOf(cols);
    }

    /** Đề nghị khen "Học sinh Tiêu biểu…": the slot of the homeroom teacher's nomination in the PCNL sheet. */
    public static final String TIEU_BIEU = "TIEUBIEU.CN";
}
