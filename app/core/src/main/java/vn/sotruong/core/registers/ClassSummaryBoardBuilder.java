package vn.sotruong.core.registers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt27.Overall;
import vn.sotruong.core.assessment.tt27.PrimaryYearResult;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * Bảng tổng hợp kết quả đánh giá giáo dục của lớp (tiểu học, Circular 27) at one of the four points (giữa và cuối
 * học kì I, giữa học kì II, cuối năm): per pupil every subject's level and test score, the five qualities and ten
 * competences, and at the end of the year the evaluation, award and completion.
 */
final class ClassSummaryBoardBuilder {
    /** Subject slots of the layout (tiểu học grades have at most 11 subjects and activities). */
    static final int SUBJECTS = 12;
    private static final Messages VI = Messages.vietnamese();
    private static final Map<String, String> POINT_NAMES = Map.of("GHK1", "Giữa học kì I", "CHK1", "Cuối học kì I",
            "GHK2", "Giữa học kì II", "CN", "Cuối năm học");

    private final ResultsService results;
    private final GradebookStore entries;

    ClassSummaryBoardBuilder(ResultsService results, GradebookStore entries) {
        this.results = results;
        this.entries = entries;
    }

    /** The point a request prints: the one asked for, else the end of its period (CHK1 after term I, else CN). */
    static String point(PrintRequest r) {
        return r.options().point() != null ? r.options().point() : r.period() == RegisterPeriod.HK1 ? "CHK1" : "CN";
    }

    BookSection section(Actor actor, SchoolClass c, String homeroom, String point, Map<String, Object> heading) {
        ClassResults computed = results.classResults(actor, c.id());
        ClassBook book = computed.book();
        if (!(book.rules() instanceof Tt27RuleSet)) {
            throw new DomainException("registers.primaryOnly", c.name());
        }
        ClassCells cells = ClassCells.read(entries, book);
        List<Subject> subjects = book.subjects();
        Map<String, Object> p = new LinkedHashMap<>(heading);
        p.put("CLASS_NAME", c.name());
        p.put("HOMEROOM", homeroom);
        p.put("POINT", POINT_NAMES.get(point));
        for (int i = 0; i < SUBJECTS; i++) {
            Subject s = i < subjects.size() ? subjects.get(i) : null;
            p.put("S" + (i + 1), s == null ? null : s.name());
            p.put("T" + (i + 1), s != null && tested(s.code(), c.grade(), point));
        }
        boolean yearEnd = "CN".equals(point);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> counted = new ArrayList<>();
        int no = 0;
        for (PupilResult r : computed.rows()) {
            long id = r.pupil().pupilId();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", ++no);
            row.put("name", r.pupil().pupil().fullName());
            row.put("note", ClassBookBuilder.leftNote(r.pupil()));
            for (int i = 0; i < SUBJECTS; i++) {
                Subject s = i < subjects.size() ? subjects.get(i) : null;
                row.put("m" + (i + 1), s == null ? null : cells.subject(id, s.code(), ColumnLayout.level(point)));
                row.put("d" + (i + 1), s == null ? null
                        : BookValues.cell(cells.subject(id, s.code(), ColumnLayout.test(point))));
            }
            for (int q = 0; q < Tt27RuleSet.QUALITIES.size(); q++) {
                row.put("q" + (q + 1), cells.quality(id, ColumnLayout.quality(Tt27RuleSet.QUALITIES.get(q), point)));
            }
            PrimaryYearResult y = r.tt27();
            row.put("overall", yearEnd && y != null && y.overall().complete()
                    ? VI.get(y.overall().level().labelKey()) : null);
            row.put("award", yearEnd && y != null && y.xuatSac() ? "HS Xuất sắc" : null);
            row.put("completion", yearEnd && y != null && y.completesGrade() ? "HTCT" : null);
            rows.add(row);
            if (r.pupil().current()) {
                counted.add(row);
            }
        }
        p.putAll(counts(counted, subjects.size(), yearEnd));
        return new BookSection("bang-tong-hop/class", c.name() + " · " + POINT_NAMES.get(point), p, rows);
    }

    /**
     * The counts at the foot of the table, of the pupils in the class now (those who left are listed, not counted):
     * per subject slot how many are T, H, C ({@code NT1}, {@code NH1}, {@code NC1}…; null past the class's
     * subjects), per quality and competence how many are T, Đ, C ({@code QT1}, {@code QD1}, {@code QC1}…), and at
     * the end of the year how many are Hoàn thành xuất sắc, tốt, hoàn thành, chưa hoàn thành, with an award and
     * completing the grade ({@code N_HTXS}… null before then); {@code N_PUPILS} always.
     */
    static Map<String, Object> counts(List<Map<String, Object>> rows, int subjects, boolean yearEnd) {
        Map<String, Object> n = new LinkedHashMap<>();
        for (int i = 1; i <= SUBJECTS; i++) {
            for (String level : List.of("T", "H", "C")) {
                n.put("N" + level + i, i <= subjects ? count(rows, "m" + i, level) : null);
            }
        }
        for (int q = 1; q <= Tt27RuleSet.QUALITIES.size(); q++) {
            n.put("QT" + q, count(rows, "q" + q, "T"));
            n.put("QD" + q, count(rows, "q" + q, "Đ"));
            n.put("QC" + q, count(rows, "q" + q, "C"));
        }
        n.put("N_PUPILS", rows.size());
        List<String> overall = List.of("HTXS", "HTT", "HT", "CHT");
        List<Overall> levels = List.of(Overall.HOAN_THANH_XUAT_SAC, Overall.HOAN_THANH_TOT, Overall.HOAN_THANH,
                Overall.CHUA_HOAN_THANH);
        for (int k = 0; k < overall.size(); k++) {
            n.put("N_" + overall.get(k), yearEnd ? count(rows, "overall", VI.get(levels.get(k).labelKey())) : null);
        }
        n.put("N_AWARD", yearEnd ? (int) rows.stream().filter(r -> r.get("award") != null).count() : null);
        n.put("N_HTCT", yearEnd ? count(rows, "completion", "HTCT") : null);
        return n;
    }

    private static int count(List<Map<String, Object>> rows, String field, String value) {
        return (int) rows.stream().filter(r -> value.equals(r.get(field))).count();
    }

    /** Whether the subject has a periodic test at the point (end of term; mid-term for Toán, Tiếng Việt from 4). */
    private static boolean tested(String code, int grade, String point) {
        return ColumnLayout.tt27Subject(code, grade).stream().anyMatch(col -> col.slot().equals(ColumnLayout.test(point)));
    }
}
