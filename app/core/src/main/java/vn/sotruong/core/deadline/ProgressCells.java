package vn.sotruong.core.deadline;

import java.util.List;
import vn.sotruong.core.gradebook.EntryKey;

/**
 * The cells behind a class's entry progress: those first entered after their column's due date (nhập muộn), and
 * those still blank in a column past its due date or close to it (còn thiếu).
 */
public record ProgressCells(List<EntryKey> late, List<EntryKey> missing) {
}
