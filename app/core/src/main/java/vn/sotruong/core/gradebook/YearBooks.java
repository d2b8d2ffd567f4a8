package vn.sotruong.core.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sổ điểm của năm học: the class books a reviewer reads and the entries of their pupils, read once (one bulk read
 * of the entries, not one per class) and shared by everything the review computes from them.
 */
public record YearBooks(long yearId, List<ClassBook> books, Map<Long, List<Entry>> entriesByPupil) {
    public YearBooks {
        books = List.copyOf(books);
    }

    /** The books with the entries grouped by pupil. */
    public static YearBooks of(long yearId, List<ClassBook> books, List<Entry> entries) {
        Map<Long, List<Entry>> m = new HashMap<>();
        entries.forEach(e -> m.computeIfAbsent(e.pupilId(), k -> new ArrayList<>()).add(e));
        return new YearBooks(yearId, books, m);
    }

    /** The pupil's entries (none: empty). */
    public List<Entry> entries(long pupilId) {
        return entriesByPupil.getOrDefault(pupilId, List.of());
    }

    /** The entries of the pupils of one book. */
    public List<Entry> entries(ClassBook book) {
        List<Entry> out = new ArrayList<>();
        book.pupilIds().forEach(p -> out.addAll(entries(p)));
        return out;
    }
}
