package vn.sotruong.testkit.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.ColumnLayout;

/**
 * A tiểu học pupil's year as teachers would enter it (Circular 27): a level T/H/C at each of the four points,
 * periodic tests as whole numbers, a remark for some pupils, and qualities and competences mostly T or Đ.
 */
final class TieuHocMarks {
    /** Points per standard deviation of ability, and of a pupil's liking for one subject. */
    static final double ABILITY = 0.8;
    static final double LIKING = 0.4;
    private static final Map<String, Double> MEANS = Map.of("TIENGVIET", 8.5, "TOAN", 8.4, "NGOAINGU1", 7.2,
            "LSDL", 8.6, "KHOAHOC", 8.6, "TINHOCCN", 8.7);
    private static final double OTHER_MEAN = 8.9;
    private static final double STEP = 0.15;

    private final MarkModel model;

    TieuHocMarks(MarkModel model) {
        this.model = model;
    }

    Map<String, String> subject(String pupilCode, String className, String subjectCode, List<Column> columns,
                                String teacher) {
        Random r = model.cells(pupilCode, subjectCode);
        double level = model.level(MEANS.getOrDefault(subjectCode, OTHER_MEAN), pupilCode, className, subjectCode,
                teacher, r);
        Map<String, String> cells = new LinkedHashMap<>();
        double[] atPoint = new double[ColumnLayout.POINTS.size()];
        for (int i = 0; i < atPoint.length; i++) {
            atPoint[i] = level + STEP * i + 0.45 * r.nextGaussian();
        }
        for (Column c : columns) {
            int point = ColumnLayout.POINTS.indexOf(c.slot().substring(0, c.slot().indexOf('.')));
            if (point < 0) {
                continue; // bổ sung: only after support in the summer
            }
            double x = atPoint[point];
            if (c.kind() == ColumnKind.SUBJECT_LEVEL) {
                cells.put(c.slot(), x >= 8.0 ? "T" : x >= 5.0 ? "H" : "C");
            } else if (c.kind() == ColumnKind.TEST) {
                cells.put(c.slot(), MarkModel.whole(x + 0.3 + 0.8 * r.nextGaussian()));
            } else if (c.kind() == ColumnKind.REMARK && point % 2 == 1 && r.nextDouble() < 0.25) {
                cells.put(c.slot(), remark(x, r));
            }
        }
        return cells;
    }

    /** The 5 qualities and 10 competences at the four points. */
    Map<String, String> qualities(String pupilCode) {
        Random r = model.cells(pupilCode, "PCNL");
        double b = model.behaviour(pupilCode);
        Map<String, String> cells = new LinkedHashMap<>();
        for (String q : Tt27RuleSet.QUALITIES) {
            double own = b + 0.5 * r.nextGaussian();
            for (int i = 0; i < ColumnLayout.POINTS.size(); i++) {
                double y = own + 0.1 * i + 0.3 * r.nextGaussian();
                cells.put(ColumnLayout.quality(q, ColumnLayout.POINTS.get(i)), y > -1.0 ? "T" : y > -3.0 ? "Đ" : "C");
            }
        }
        return cells;
    }

    private static String remark(double x, Random r) {
        List<String> phrases = x >= 8.0 ? List.of("Em hoàn thành tốt nội dung môn học.",
                "Em tiếp thu nhanh, tích cực phát biểu xây dựng bài.")
                : x >= 5.0 ? List.of("Em hoàn thành nội dung môn học, cần luyện thêm kĩ năng.",
                "Em chăm chỉ, cần cẩn thận hơn khi làm bài.")
                : List.of("Em chưa hoàn thành một số nội dung, cần được hỗ trợ thêm.");
        return phrases.get(r.nextInt(phrases.size()));
    }
}
