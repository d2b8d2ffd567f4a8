package vn.sotruong.core.year;

/** How a calendar entry changes a day. */
public enum DayKind {
    /** Ngày nghỉ lễ, Tết or an official day off (nghỉ bù) on a weekday. */
    HOLIDAY,
    /** Ngày làm bù: a Saturday or Sunday that is worked instead. */
    MAKEUP_WORKDAY
}
