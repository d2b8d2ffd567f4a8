package vn.sotruong.core.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.deadline.ProgressLine;
import vn.sotruong.core.i18n.Messages;

/**
 * Lays the review's views out as {@link ReviewSheet}s in the reader's language — the phổ điểm with its numbers,
 * the anomaly list, the entry progress — one layout for the screen, the xlsx file and the PDF.
 */
public final class ReviewSheets {
    /** The statistics in their order, as message keys {@code review.stat.<name>}. */
    public static final List<String> STATISTICS = List.of("count", "mean", "median", "sd", "below35", "below5",
            "ge65", "ge8", "ge9");

    private final Messages msg;

    public ReviewSheets(Messages msg) {
        this.msg = msg;
    }

    /**
     * The distribution of a measure over a selection beside the school's: a bar per point (shares in percent) and
     * the statistics table; an empty side shows blank cells ("no data"), never NaN.
     */
    public ReviewSheet distribution(Measure m, String selectionName, Distribution mine, Distribution school) {
        List<ReviewSheet.Bar> bars = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            bars.add(new ReviewSheet.Bar(i == 10 ? "10" : i + "–" + (i + 1), share(mine, i), share(school, i)));
        }
        List<List<Object>> rows = new ArrayList<>();
        List<Object> a = statistics(mine);
        List<Object> b = statistics(school);
        for (int i = 0; i < STATISTICS.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(msg.get("review.stat." + STATISTICS.get(i)));
            row.add(a.get(i));
            row.add(b.get(i));
            rows.add(row);
        }
        String title = msg.get("review.sheet.distribution", msg.get("review.sheet.measure." + m.slot().replace('.', '_')));
        List<String> barHeaders = List.of(msg.get("review.sheet.bin"), selectionName, msg.get("review.sheet.school"));
        return new ReviewSheet(title, selectionName, bars, barHeaders, List.of(new ReviewSheet.Table(msg.get("review.sheet.numbers"),
                List.of(msg.get("review.sheet.statistic"), selectionName, msg.get("review.sheet.school")), rows)));
    }

    /**
     * Số lượng theo mức of a level column over a selection beside the school's: a bar per level (its share of those
     * entered, percent) and a table with the count and share of each level, those entered and those not yet;
     * an empty side shows blank cells ("no data"), never NaN.
     */
    public ReviewSheet levels(LevelColumn column, String selectionName, LevelCounts mine, LevelCounts school) {
        List<ReviewSheet.Bar> bars = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(levelRow(msg.get("review.level.entered"), mine.empty() ? null : mine.entered(),
                school.empty() ? null : school.entered()));
        for (String l : column.levels()) {
            bars.add(new ReviewSheet.Bar(l, shareOf(mine, l), shareOf(school, l)));
            rows.add(levelRow(levelName(column, l), mine.empty() ? null : mine.count(l),
                    school.empty() ? null : school.count(l)));
        }
        for (String l : column.levels()) {
            rows.add(levelRow(msg.get("review.level.share", l), mine.share(l), school.share(l)));
        }
        rows.add(levelRow(msg.get("review.level.notEntered"), mine.notEntered(), school.notEntered()));
        String what = (column.subject() == null ? "" : column.subject() + " · ") + column.header();
        List<String> barHeaders = List.of(msg.get("review.level.level"), selectionName, msg.get("review.sheet.school"));
        return new ReviewSheet(msg.get("review.level.title", what), selectionName, bars, barHeaders,
                List.of(new ReviewSheet.Table(msg.get("review.sheet.numbers"), List.of(msg.get("review.sheet.statistic"),
                        selectionName, msg.get("review.sheet.school")), rows)));
    }

    /** A level as read: "T · Hoàn thành tốt", "CĐ · Chưa đạt". */
    public String levelName(LevelColumn column, String level) {
        return level + " · " + msg.get(column.levelKey(level));
    }

    private static List<Object> levelRow(String name, Object mine, Object school) {
        return java.util.Arrays.asList(name, mine, school);
    }

    private static double shareOf(LevelCounts c, String level) {
        BigDecimal s = c.share(level);
        return s == null ? 0 : s.doubleValue();
    }

    /**
     * What a selection covers, in words: "Khối 7 · Môn TOAN · Lớp 7A · GV Nguyễn Văn A", or the whole school;
     * {@code className} and {@code teacherName} name the selection's class and teacher when it has them.
     */
    public String describe(Selection sel, String className, String teacherName) {
        List<String> parts = new ArrayList<>();
        if (sel.grade() != null) {
            parts.add(msg.get("review.sheet.grade", sel.grade()));
        }
        if (sel.subject() != null) {
            parts.add(msg.get("review.sheet.subject", sel.subject()));
        }
        if (sel.classId() != null) {
            parts.add(msg.get("review.sheet.class", className));
        }
        if (sel.teacherStaffId() != null) {
            parts.add(msg.get("review.sheet.teacher", teacherName));
        }
        return parts.isEmpty() ? msg.get("review.sheet.school") : String.join(" · ", parts);
    }

    /** The anomaly list: kind, scope, reason. */
    public ReviewSheet anomalies(String subtitle, List<Finding> findings) {
        List<List<Object>> rows = findings.stream().map(f -> List.<Object>of(msg.get(f.kind().labelKey()), f.scope(),
                msg.get(f.code(), f.args().toArray()))).toList();
        return new ReviewSheet(msg.get("review.sheet.anomalies"), subtitle, List.of(), List.of(), List.of(new ReviewSheet.Table(
                msg.get("review.sheet.anomalies"), List.of(msg.get("review.sheet.kind"), msg.get("review.sheet.scope"),
                msg.get("review.sheet.reason")), rows)));
    }

    /** Entry progress, one row per column of a class's sheet; {@code teachers} names the staff. */
    public ReviewSheet progress(String subtitle, List<ProgressLine> lines, Map<Long, String> teachers) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProgressLine l : lines) {
            rows.add(java.util.Arrays.asList(l.className(), l.sheet().label(), l.header(),
                    l.teacherStaffId() == null ? null : teachers.get(l.teacherStaffId()),
                    l.due().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), l.expected(),
                    l.entered(), l.enteredLate(), l.missing(), msg.get(l.status().labelKey())));
        }
        List<String> headers = java.util.stream.Stream.of("class", "sheet", "column", "teacher", "due", "expected",
                "entered", "late", "missing", "status").map(h -> msg.get("review.sheet.progress." + h)).toList();
        return new ReviewSheet(msg.get("review.sheet.progress"), subtitle, List.of(), List.of(),
                List.of(new ReviewSheet.Table(msg.get("review.sheet.progress"), headers, rows)));
    }

    private static double share(Distribution d, int bin) {
        return d.empty() ? 0 : d.bins1().get(bin) * 100.0 / d.count();
    }

    /** The statistics of {@link #STATISTICS}: the count, the measures (2 decimals), the shares (percent, 1 decimal). */
    private static List<Object> statistics(Distribution d) {
        List<Object> v = new ArrayList<>();
        v.add(d.empty() ? null : d.count());
        v.add(d.mean());
        v.add(d.median());
        v.add(d.standardDeviation());
        Distribution.Shares s = d.shares();
        for (BigDecimal x : new BigDecimal[] {s.below35(), s.below5(), s.atLeast65(), s.atLeast8(), s.atLeast9()}) {
            v.add(x);
        }
        return v;
    }
}
