package vn.sotruong.core.registers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.Award;
import vn.sotruong.core.assessment.tt22.Outcome;
import vn.sotruong.core.assessment.tt22.StudentYearResult;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * Danh sách cuối năm, for the principal to approve: pupils promoted (grade 9: completing THCS), to re-assess
 * in the summer, to train in the summer, not promoted, the awards, and those whose results are not complete.
 */
final class YearEndListBuilder {
    /** The lists in the order they are printed. */
    enum YearEndList {
        PROMOTED("DANH SÁCH HỌC SINH ĐƯỢC LÊN LỚP / HOÀN THÀNH CHƯƠNG TRÌNH THCS"),
        REASSESSMENT("DANH SÁCH HỌC SINH KIỂM TRA, ĐÁNH GIÁ LẠI TRONG KÌ NGHỈ HÈ"),
        SUMMER_TRAINING("DANH SÁCH HỌC SINH RÈN LUYỆN TRONG KÌ NGHỈ HÈ"),
        NOT_PROMOTED("DANH SÁCH HỌC SINH KHÔNG ĐƯỢC LÊN LỚP"),
        XUAT_SAC("DANH SÁCH HỌC SINH ĐƯỢC KHEN THƯỞNG DANH HIỆU HỌC SINH XUẤT SẮC"),
        GIOI("DANH SÁCH HỌC SINH ĐƯỢC KHEN THƯỞNG DANH HIỆU HỌC SINH GIỎI"),
        INCOMPLETE("DANH SÁCH HỌC SINH CHƯA ĐỦ KẾT QUẢ ĐÁNH GIÁ");

        final String title;

        YearEndList(String title) {
            this.title = title;
        }
    }

    private final ResultsService results;

    YearEndListBuilder(ResultsService results) {
        this.results = results;
    }

    BookSection section(Actor actor, List<SchoolClass> classes, RegisterPeriod period, Map<String, Object> heading) {
        if (period == RegisterPeriod.HK1) {
            throw new DomainException("registers.yearOnly");
        }
        Map<YearEndList, List<Map<String, Object>>> lists = new LinkedHashMap<>();
        for (YearEndList l : YearEndList.values()) {
            lists.put(l, new ArrayList<>());
        }
        for (SchoolClass c : classes) {
            ClassResults r = results.classResults(actor, c.id());
            for (PupilResult p : r.rows()) {
                if (!p.pupil().current() || p.tt22() == null) {
                    continue;
                }
                StudentYearResult y = p.tt22();
                YearEndList main = switch (y.promotion().outcome()) {
                    case PROMOTED -> YearEndList.PROMOTED;
                    case NOT_PROMOTED -> YearEndList.NOT_PROMOTED;
                    case REASSESSMENT -> YearEndList.REASSESSMENT;
                    case SUMMER_TRAINING, SUMMER_TRAINING_THEN_REASSESSMENT -> YearEndList.SUMMER_TRAINING;
                    case INCOMPLETE -> YearEndList.INCOMPLETE;
                };
                lists.get(main).add(row(c, p, main, note(main, y, r.book().subjects())));
                if (y.award().award() == Award.XUAT_SAC) {
                    lists.get(YearEndList.XUAT_SAC).add(row(c, p, YearEndList.XUAT_SAC, null));
                } else if (y.award().award() == Award.GIOI) {
                    lists.get(YearEndList.GIOI).add(row(c, p, YearEndList.GIOI, null));
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        lists.forEach((list, members) -> {
            int no = 0;
            for (Map<String, Object> m : members) {
                m.put("no", ++no);
                rows.add(m);
            }
        });
        Map<String, Object> p = new LinkedHashMap<>(heading);
        p.put("SCOPE", classes.size() == 1 ? "Lớp " + classes.getFirst().name() : null);
        return new BookSection("year-end/lists", "Danh sách cuối năm", p, rows);
    }

    private static Map<String, Object> row(SchoolClass c, PupilResult p, YearEndList list, String note) {
        StudentYearResult y = p.tt22();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(BookSection.PART, c.name() + " · " + list.title);
        row.put("list", list.title);
        row.put("listOrder", list.ordinal() + 1);
        row.put("name", p.pupil().pupil().fullName());
        row.put("birth", BookValues.date(p.pupil().pupil().birthDate()));
        row.put("className", c.name());
        row.put("learning", BookValues.level(y.learningYear().level()));
        row.put("conduct", BookValues.level(y.conductYear().level()));
        row.put("absent", BookValues.blankIfZero(p.absences().absences()));
        row.put("note", note);
        return row;
    }

    private static String note(YearEndList list, StudentYearResult y, List<Subject> subjects) {
        return switch (list) {
            case REASSESSMENT -> String.join(", ", y.promotion().reassessSubjects().stream()
                    .map(code -> subjects.stream().filter(s -> s.code().equals(code)).map(Subject::name)
                            .findFirst().orElse(code)).toList());
            case PROMOTED -> y.promotion().completesLowerSecondary() ? "Hoàn thành chương trình THCS" : null;
            case SUMMER_TRAINING -> y.promotion().outcome() == Outcome.SUMMER_TRAINING_THEN_REASSESSMENT
                    ? "Sau đó đánh giá lại" : null;
            default -> null;
        };
    }
}
