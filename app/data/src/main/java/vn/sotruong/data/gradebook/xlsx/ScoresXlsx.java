package vn.sotruong.data.gradebook.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.curriculum.Programme2018;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.school.SchoolLevel;

/**
 * The names INTERFACES.md gives the sheets and fixed headers of the scores workbooks (sổ điểm Excel): one sheet
 * per subject code, {@code RENLUYEN} / {@code PCNL}, and the optional summer and supplementary sheets.
 */
public final class ScoresXlsx {
    public static final String CONDUCT = "RENLUYEN";
    public static final String QUALITIES = "PCNL";
    /** THCS: summer re-assessment (đánh giá lại), one row per pupil and subject. */
    public static final String REASSESSMENT = "DANHGIALAI";
    /** THCS: summer conduct training (rèn luyện trong hè). */
    public static final String SUMMER_CONDUCT = "RENLUYENHE";
    /** Tiểu học: supplementary assessment after support (đánh giá bổ sung). */
    public static final String SUPPLEMENTARY = "DANHGIABOSUNG";

    public static final String CODE = "Mã học sinh";
    public static final String NAME = "Họ và tên";
    public static final String SUBJECT = "Môn";
    public static final String RESULT = "Kết quả";
    public static final String SCORE = "Điểm";
    public static final String LEVEL = "Mức";

    private static final Set<String> ALL_SUBJECT_CODES = new HashSet<>();

    static {
        for (SchoolLevel l : SchoolLevel.values()) {
            Programme2018.subjects(l).stream().map(Subject::code).forEach(ALL_SUBJECT_CODES::add);
        }
    }

    private ScoresXlsx() {
    }

    /** A sheet name as people type it: trimmed, upper case ("toan " → "TOAN"). */
    static String sheetKey(String name) {
        return VietnameseText.nfc(name).toUpperCase(Locale.ROOT);
    }

    /** A header as matched: NFC, runs of spaces as one. */
    static String header(String text) {
        return VietnameseText.nfc(text).replaceAll("\\s+", " ");
    }

    /** The sheet of a workbook that holds {@code ref}: the subject code, RENLUYEN or PCNL. */
    public static String sheetName(SheetRef ref) {
        return ref.area() == Area.SUBJECT ? ref.item() : ref.area().code();
    }

    /** A subject code of the 2018 programme at any level (a sheet that names a subject, studied or not). */
    static boolean isSubjectCode(String key) {
        return ALL_SUBJECT_CODES.contains(key);
    }
}
