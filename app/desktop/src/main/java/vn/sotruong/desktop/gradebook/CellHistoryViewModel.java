package vn.sotruong.desktop.gradebook;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.gradebook.EntryChange;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/** Lịch sử ô điểm: every change of one cell, oldest first, from the gradebook's history. */
public final class CellHistoryViewModel {
    /** One change as shown: when, who, old → new, and how it came (grid, import, correction minute). */
    public record Change(String at, String who, String oldValue, String newValue, String via) {
    }

    private final CellTarget target;
    private final UiText text;
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");

    public CellHistoryViewModel(Session session, UiText text, CellTarget target) {
        this.target = target;
        this.text = text;
        try {
            for (EntryChange c : session.services().gradebook().history(session.actor(), target.classId(),
                    target.ref(), target.pupilId(), target.slot())) {
                changes.add(new Change(text.dateTime(c.changedAt(), Session.SCHOOL_ZONE), c.changedBy(), value(c.oldValue()),
                        value(c.newValue()), text.has("gradebook.via." + c.via()) ? text.t("gradebook.via." + c.via())
                        : c.via()));
            }
        } catch (RuntimeException e) {
            error.set(text.error(e));
        }
    }

    private String value(String canonical) {
        return canonical == null ? "—" : Marks.shown(target.kind(), canonical, text);
    }

    public String title() {
        return text.t("gradebook.history.title", target.pupilName(), target.header());
    }

    public ObservableList<Change> changes() {
        return changes;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
