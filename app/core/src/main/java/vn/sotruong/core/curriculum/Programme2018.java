package vn.sotruong.core.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.school.SchoolLevel;

/**
 * The subjects and periods per year of the 2018 general education programme (Chương trình GDPT
 * 2018, Circular 32/2018), as RULES.md tabulates them: the pre-filled, editable subject list of a
 * new school year.
 */
public final class Programme2018 {
    private Programme2018() {
    }

    public static List<Subject> subjects(SchoolLevel level) {
        return switch (level) {
            case THCS -> thcs();
            case TIEU_HOC -> tieuHoc();
            case MAM_NON -> List.of();
        };
    }

    private static List<Subject> thcs() {
        List<Subject> s = new ArrayList<>();
        int o = 0;
        s.add(sub("NGUVAN", "Ngữ văn", AssessmentForm.SCORED, false, ++o, all(6, 9, 140)));
        s.add(sub("TOAN", "Toán", AssessmentForm.SCORED, false, ++o, all(6, 9, 140)));
        s.add(sub("NGOAINGU1", "Ngoại ngữ 1", AssessmentForm.SCORED, false, ++o, all(6, 9, 105)));
        s.add(sub("GDCD", "Giáo dục công dân", AssessmentForm.SCORED, false, ++o, all(6, 9, 35)));
        s.add(sub("LSDL", "Lịch sử và Địa lí", AssessmentForm.SCORED, false, ++o, all(6, 9, 105)));
        s.add(sub("KHTN", "Khoa học tự nhiên", AssessmentForm.SCORED, false, ++o, all(6, 9, 140)));
        s.add(sub("CONGNGHE", "Công nghệ", AssessmentForm.SCORED, false, ++o, Map.of(6, 35, 7, 35, 8, 52, 9, 52)));
        s.add(sub("TINHOC", "Tin học", AssessmentForm.SCORED, false, ++o, all(6, 9, 35)));
        s.add(sub("GDTC", "Giáo dục thể chất", AssessmentForm.COMMENT, false, ++o, all(6, 9, 70)));
        s.add(sub("AMNHAC", "Âm nhạc", AssessmentForm.COMMENT, false, ++o, all(6, 9, 35)));
        s.add(sub("MITHUAT", "Mĩ thuật", AssessmentForm.COMMENT, false, ++o, all(6, 9, 35)));
        s.add(sub("HDTN", "Hoạt động trải nghiệm, hướng nghiệp", AssessmentForm.COMMENT, false, ++o, all(6, 9, 105)));
        s.add(sub("GDDP", "Nội dung giáo dục của địa phương", AssessmentForm.COMMENT, false, ++o, all(6, 9, 35)));
        return s;
    }

    private static List<Subject> tieuHoc() {
        List<Subject> s = new ArrayList<>();
        int o = 0;
        s.add(sub("TIENGVIET", "Tiếng Việt", AssessmentForm.SCORED, false, ++o,
                Map.of(1, 420, 2, 350, 3, 245, 4, 245, 5, 245)));
        s.add(sub("TOAN", "Toán", AssessmentForm.SCORED, false, ++o, Map.of(1, 105, 2, 175, 3, 175, 4, 175, 5, 175)));
        s.add(sub("NGOAINGU1", "Ngoại ngữ 1", AssessmentForm.SCORED, false, ++o, all(3, 5, 140)));
        s.add(sub("DAODUC", "Đạo đức", AssessmentForm.COMMENT, false, ++o, all(1, 5, 35)));
        s.add(sub("TNXH", "Tự nhiên và Xã hội", AssessmentForm.COMMENT, false, ++o, all(1, 3, 70)));
        s.add(sub("LSDL", "Lịch sử và Địa lí", AssessmentForm.SCORED, false, ++o, all(4, 5, 70)));
        s.add(sub("KHOAHOC", "Khoa học", AssessmentForm.SCORED, false, ++o, all(4, 5, 70)));
        s.add(sub("TINHOCCN", "Tin học và Công nghệ", AssessmentForm.SCORED, false, ++o, all(3, 5, 70)));
        s.add(sub("GDTC", "Giáo dục thể chất", AssessmentForm.COMMENT, false, ++o, all(1, 5, 70)));
        s.add(sub("AMNHAC", "Âm nhạc", AssessmentForm.COMMENT, false, ++o, all(1, 5, 35)));
        s.add(sub("MITHUAT", "Mĩ thuật", AssessmentForm.COMMENT, false, ++o, all(1, 5, 35)));
        s.add(sub("HDTN", "Hoạt động trải nghiệm", AssessmentForm.COMMENT, false, ++o, all(1, 5, 105)));
        return s;
    }

    private static Subject sub(String code, String name, AssessmentForm form, boolean optional, int order,
                               Map<Integer, Integer> periods) {
        return new Subject(0, code, name, form, optional, order, periods);
    }

    private static Map<Integer, Integer> all(int from, int to, int periods) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (int g = from; g <= to; g++) {
            m.put(g, periods);
        }
        return m;
    }
}
