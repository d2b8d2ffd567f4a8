package vn.sotruong.core.school;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Cấp học: mầm non, tiểu học, THCS. */
public enum SchoolLevel {
    /** Mầm non: age groups rather than grades. */
    MAM_NON("mamnon", 0, 0),
    /** Tiểu học: grades 1–5, Circular 27/2020. */
    TIEU_HOC("tieuhoc", 1, 5),
    /** Trung học cơ sở: grades 6–9, Circular 22/2021. */
    THCS("thcs", 6, 9);

    private final String code;
    private final int firstGrade;
    private final int lastGrade;

    SchoolLevel(String code, int firstGrade, int lastGrade) {
        this.code = code;
        this.firstGrade = firstGrade;
        this.lastGrade = lastGrade;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "level." + code;
    }

    public List<Integer> grades() {
        return firstGrade == 0 ? List.of() : IntStream.rangeClosed(firstGrade, lastGrade).boxed().toList();
    }

    public boolean hasGrade(int grade) {
        return firstGrade != 0 && grade >= firstGrade && grade <= lastGrade;
    }

    public static Optional<SchoolLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.strip())).findFirst();
    }
}
