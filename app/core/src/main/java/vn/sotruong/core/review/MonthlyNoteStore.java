package vn.sotruong.core.review;

import java.util.List;
import java.util.Optional;

public interface MonthlyNoteStore {
    long add(MonthlyNote note);

    void change(long id, String text, java.time.Instant at);

    Optional<MonthlyNote> find(long id);

    /** A class's notes by month, then in the order written. */
    List<MonthlyNote> ofClass(long classId);
}
