package vn.sotruong.core.gradebook;

import java.util.List;
import vn.sotruong.core.organisation.SchoolClass;

/**
 * Sổ được mở: a class whose gradebook the person may read, with its sheets (the subjects of its grade, then
 * conduct or qualities) and, for each, whether the person may enter it.
 */
public record OpenableBook(SchoolClass schoolClass, List<Choice> sheets) {
    public OpenableBook {
        sheets = List.copyOf(sheets);
    }

    /** A sheet of the book: its reference, the subject's name (null for conduct and qualities), whether it is the person's to enter. */
    public record Choice(SheetRef ref, String subjectName, boolean editable) {
    }
}
