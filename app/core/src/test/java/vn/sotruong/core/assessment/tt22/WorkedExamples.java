package vn.sotruong.core.assessment.tt22;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.sotruong.core.curriculum.Programme2018;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.school.SchoolLevel;

/** Builds the RULES.md §8 students from the CSV tables, with the 2018 programme's subjects of grade 6. */
final class WorkedExamples {
    static final int GRADE = 6;
    static final List<String> COMMENT_SUBJECTS = List.of("GDTC", "AMNHAC", "MITHUAT", "HDTN", "GDDP");

    private WorkedExamples() {
    }

    static Subject subject(String code) {
        return Programme2018.subjects(SchoolLevel.THCS).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** Rows of t7-student-a.csv, split on '|'. */
    static List<String[]> t7Rows() {
        try (InputStream in = WorkedExamples.class.getResourceAsStream("t7-student-a.csv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\\|", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Student A's subjects: the 8 scored subjects of T7 and every comment subject Đ in both terms. */
    static List<SubjectMarks> studentA() {
        List<SubjectMarks> marks = new ArrayList<>();
        for (String[] r : t7Rows()) {
            marks.add(new SubjectMarks(subject(r[0]), ScoredTerm.parse(r[1], r[2], r[3]), ScoredTerm.parse(r[5], r[6], r[7])));
        }
        for (String c : COMMENT_SUBJECTS) {
            marks.add(new SubjectMarks(subject(c), CommentTerm.allDat(), CommentTerm.allDat()));
        }
        return marks;
    }

    /** Student B of T8: A with Tin học HK II = TX 9; 8, gk 8,5, ck 8,5. */
    static List<SubjectMarks> studentB() {
        List<SubjectMarks> marks = new ArrayList<>();
        for (SubjectMarks m : studentA()) {
            marks.add(m.code().equals("TINHOC")
                    ? new SubjectMarks(m.subject(), m.hk1(), ScoredTerm.parse("9;8", "8,5", "8,5")) : m);
        }
        return marks;
    }

    static List<SubjectMarks> replace(List<SubjectMarks> in, String code, TermMarks hk1, TermMarks hk2) {
        List<SubjectMarks> out = new ArrayList<>();
        for (SubjectMarks m : in) {
            out.add(m.code().equals(code) ? new SubjectMarks(m.subject(), hk1 == null ? m.hk1() : hk1,
                    hk2 == null ? m.hk2() : hk2) : m);
        }
        return out;
    }
}
