package vn.sotruong.core.gradebook;

import java.util.List;

/** What a save changed (cells whose value did not change are not rewritten) and the sheet as it now stands. */
public record SaveResult(List<Entry> changed, Sheet sheet) {
    public SaveResult {
        changed = List.copyOf(changed);
    }
}
