package vn.sotruong.testkit.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLayout;

/**
 * A THCS pupil's year as teachers would enter it (Circular 22): regular assessments in whole or half points,
 * tests to the quarter point recorded to one decimal, comment subjects almost always Đ, a year-end remark for
 * some pupils, and conduct mostly Tốt or Khá.
 */
final class ThcsMarks {
    /** Points per standard deviation of ability, and of a pupil's liking for one subject. */
    static final double ABILITY = 1.2;
    static final double LIKING = 0.5;
    private static final Map<String, Double> MEANS = Map.of("NGUVAN", 7.2, "TOAN", 6.9, "NGOAINGU1", 7.1,
            "GDCD", 8.2, "LSDL", 7.4, "KHTN", 7.1, "CONGNGHE", 7.9, "TINHOC", 8.1);
    private static final double COMMENT_MEAN = 8.0;
    private static final List<String> CONDUCT = List.of("Tốt", "Khá", "Đạt", "Chưa đạt");

    private final MarkModel model;

    ThcsMarks(MarkModel model) {
        this.model = model;
    }

    /** Slot → text for every column of the subject's sheet the pupil's teachers would fill. */
    Map<String, String> subject(String pupilCode, String className, Subject s, List<Column> columns, String teacher) {
        Random r = model.cells(pupilCode, s.code());
        double level = model.level(MEANS.getOrDefault(s.code(), COMMENT_MEAN), pupilCode, className, s.code(), teacher, r);
        boolean halves = model.halves(teacher);
        boolean scored = s.form() == AssessmentForm.SCORED;
        double drift2 = 0.1 + 0.3 * r.nextGaussian();
        Map<String, String> cells = new LinkedHashMap<>();
        for (Column c : columns) {
            double term = c.term() == 2 ? level + drift2 : level;
            String slot = c.slot();
            if (EntryRound.regularIndex(c) > 0) {
                cells.put(slot, scored ? MarkModel.regular(term + 0.9 * r.nextGaussian(), halves) : comment(term, r));
            } else if (slot.endsWith(".GK") || slot.endsWith(".CK")) {
                double x = term - 0.25 + r.nextGaussian();
                cells.put(slot, scored ? MarkModel.test(x) : comment(term, r));
            } else if (slot.equals(ColumnLayout.remark(2)) && r.nextDouble() < 0.35) {
                cells.put(slot, remark(level, scored, r));
            }
        }
        return cells;
    }

    /** Rèn luyện HK I and HK II. */
    Map<String, String> conduct(String pupilCode) {
        Random r = model.cells(pupilCode, "RENLUYEN");
        double b = model.behaviour(pupilCode);
        double b2 = b + 0.1 + 0.35 * r.nextGaussian();
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(ColumnLayout.conduct(1), conductLevel(b));
        cells.put(ColumnLayout.conduct(2), conductLevel(b2));
        return cells;
    }

    private static String conductLevel(double b) {
        return CONDUCT.get(b > -0.75 ? 0 : b > -1.75 ? 1 : b > -2.6 ? 2 : 3);
    }

    /** Đ, rarely CĐ: almost never for a pupil doing well, now and then for one far behind. */
    private static String comment(double level, Random r) {
        double chuaDat = level < 4.5 ? 0.15 : 0.0002;
        return r.nextDouble() < chuaDat ? "CĐ" : "Đ";
    }

    private static String remark(double level, boolean scored, Random r) {
        List<String> phrases = !scored ? (level >= 7 ? List.of("Tích cực tham gia các hoạt động.",
                "Có ý thức tự giác, hoàn thành tốt các nội dung.") : List.of("Cần tích cực hơn trong các hoạt động."))
                : level >= 8.5 ? List.of("Học tốt, nắm vững kiến thức, tích cực phát biểu.", "Tiếp thu nhanh, vận dụng tốt.")
                : level >= 7 ? List.of("Nắm được kiến thức cơ bản, có tiến bộ.", "Chăm chỉ, cần mạnh dạn phát biểu hơn.")
                : level >= 5.5 ? List.of("Cần cố gắng hơn, chú ý làm bài tập về nhà.")
                : List.of("Kiến thức còn hổng, cần được phụ đạo thêm.");
        return phrases.get(r.nextInt(phrases.size()));
    }
}
