package vn.sotruong.desktop.corrections;

import java.util.HashMap;
import java.util.Map;
import vn.sotruong.core.correction.CorrectionItem;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/** Names for a minute's cells: the pupil, the sheet ("Toán", "Rèn luyện"), the column header and the values. */
final class MinuteNames {
    private final Session session;
    private final UiText text;
    private final Map<Long, ClassBook> books = new HashMap<>();

    MinuteNames(Session session, UiText text) {
        this.session = session;
        this.text = text;
    }

    ClassBook book(long classId) {
        return books.computeIfAbsent(classId, id -> session.services().gradebook().classBook(session.actor(), id));
    }

    String className(long classId) {
        try {
            return book(classId).schoolClass().name();
        } catch (RuntimeException e) {
            return "#" + classId;
        }
    }

    String pupil(long classId, long pupilId) {
        return book(classId).row(pupilId).map(r -> r.pupil().fullName()).orElse("#" + pupilId);
    }

    String sheet(long classId, CorrectionItem i) {
        return switch (i.cell().area()) {
            case SUBJECT -> book(classId).subject(i.cell().item()).map(s -> s.name()).orElse(i.cell().item());
            case CONDUCT -> text.t("minutes.sheet.conduct");
            default -> text.t("minutes.sheet.qualities");
        };
    }

    Column column(long classId, CorrectionItem i) {
        ClassBook b = book(classId);
        SheetRef ref = new SheetRef(i.cell().area(), i.cell().item());
        return session.services().gradebook().columns(b, ref).stream().filter(c -> c.slot().equals(i.cell().slot()))
                .findFirst().orElse(new Column(i.cell().slot(), null, i.cell().slot(), 0, false));
    }

    String value(Column c, String canonical) {
        if (canonical == null) {
            return "—";
        }
        return c.kind() == null ? canonical : Marks.shown(c.kind(), canonical, text);
    }
}
