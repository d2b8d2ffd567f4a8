package vn.sotruong.core.gradebook;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The gradebook's cells, their history, the year's rule settings and the approvals. */
public interface GradebookStore {
    /** Every entry of the pupils in the year (all areas). */
    List<Entry> entries(long yearId, Collection<Long> pupilIds);

    /** The entries of one area and item (a subject, conduct, a quality) for the pupils. */
    List<Entry> entries(long yearId, Collection<Long> pupilIds, Area area, String item);

    /**
     * The scores of one column (slot) of the subjects, for the pupils now in a class of the year (those who left
     * are not counted), in one reading; of one subject when {@code subject} is given, of every subject when null.
     */
    List<ColumnScore> columnScores(long yearId, String slot, String subject);

    /**
     * The levels (stored marks) of one column of one sheet — {@code area}, {@code item}, {@code slot} — for the pupils
     * now in a class of the year, in one reading; a blank cell is not read.
     */
    List<ColumnMark> columnMarks(long yearId, Area area, String item, String slot);

    /** Writes the entries (insert or replace by cell); an empty value removes the cell's value. */
    void put(long yearId, List<Entry> entries);

    /** Appends to the cells' history. */
    void recordChanges(long yearId, long classId, List<EntryChange> changes);

    /** How many changes of already entered values each login made in the year (for the review). */
    Map<String, Integer> editCountsByLogin(long yearId);

    /** The cells whose entered value this login changed in the year, by the class they were changed in. */
    Map<Long, java.util.Set<EntryKey>> editedCells(long yearId, String login);

    List<EntryChange> history(long yearId, EntryKey key);

    /**
     * Số lần thay đổi của trang sổ: the number of the newest change of the pupils' cells of one area and item (0 when
     * none); it only grows, so a grid that saw a smaller number knows someone changed what it shows.
     */
    long lastChange(long yearId, Collection<Long> pupilIds, Area area, String item);

    /** When each cell of the pupils was first given a value (for entries made after their deadline). */
    Map<EntryKey, java.time.Instant> firstEntered(long yearId, Collection<Long> pupilIds);

    /** The year's settings of a rule set (absent names take the documented defaults). */
    Map<String, String> ruleSettings(long yearId, String ruleSetId);

    void saveRuleSettings(long yearId, String ruleSetId, Map<String, String> settings);

    void approve(Approval approval);

    List<Approval> approvals(long yearId, long classId);
}
