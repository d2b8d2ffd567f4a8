package vn.sotruong.core.registers;

import java.util.HashMap;
import java.util.Map;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.GradebookStore;

/** Các ô đã nhập của lớp: a class's entered cells, read in one query: pupil → area, item, slot → stored text. */
final class ClassCells {
    private final Map<Long, Map<String, String>> byPupil;

    private ClassCells(Map<Long, Map<String, String>> byPupil) {
        this.byPupil = byPupil;
    }

    /** The cells of the book's pupils (those who left included) in its year. */
    static ClassCells read(GradebookStore entries, ClassBook book) {
        Map<Long, Map<String, String>> byPupil = new HashMap<>();
        for (Entry e : entries.entries(book.schoolClass().yearId(), book.pupilIds())) {
            byPupil.computeIfAbsent(e.pupilId(), k -> new HashMap<>())
                    .put(key(e.key().area(), e.key().item(), e.slot()), e.value().text());
        }
        return new ClassCells(byPupil);
    }

    private static String key(Area area, String item, String slot) {
        return area.code() + "/" + item + "/" + slot;
    }

    String text(long pupilId, Area area, String item, String slot) {
        return byPupil.getOrDefault(pupilId, Map.of()).get(key(area, item, slot));
    }

    String subject(long pupilId, String code, String slot) {
        return text(pupilId, Area.SUBJECT, code, slot);
    }

    String conduct(long pupilId, String slot) {
        return text(pupilId, Area.CONDUCT, Area.NO_ITEM, slot);
    }

    /** A quality or competence at a point (slot {@code YEUNUOC.CN}). */
    String quality(long pupilId, String slot) {
        return text(pupilId, Area.QUALITY, Area.NO_ITEM, slot);
    }
}
