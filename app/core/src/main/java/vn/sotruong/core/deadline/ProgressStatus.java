package vn.sotruong.core.deadline;

/** Where a column stands against its deadline. */
public enum ProgressStatus {
    /** Everything entered, on time. */
    DONE,
    /** Everything entered, some of it after the deadline. */
    DONE_LATE,
    /** Not everything entered; the deadline is more than a week away. */
    OPEN,
    /** Not everything entered; the deadline is within a week. */
    DUE_SOON,
    /** The deadline has passed and entries are missing. */
    LATE;

    public String labelKey() {
        return "progress.status." + name();
    }
}
