package vn.sotruong.core.attendance;

import java.util.List;

/**
 * Điểm danh đã lưu: how many cells changed, the saved cells' versions now (those the save named), and the month's
 * change counter after the save.
 */
public record MarksSaved(int changed, List<MarkVersion> cells, long changes) {
    public MarksSaved {
        cells = List.copyOf(cells);
    }
}
