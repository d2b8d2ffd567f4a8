package vn.sotruong.desktop.gradebook;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.correction.CorrectionRequest;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Đề nghị sửa điểm: a draft correction minute for one locked cell, pre-filled with the pupil, the column and the
 * value now; the teacher types the right value and the reason. Evidence and submitting follow on the minutes page.
 */
public final class CorrectionDraftViewModel {
    private final Session session;
    private final UiText text;
    private final CellTarget target;
    private final StringProperty newValue = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");

    public CorrectionDraftViewModel(Session session, UiText text, CellTarget target) {
        this.session = session;
        this.text = text;
        this.target = target;
    }

    /** True when the draft was recorded (the service checks the value, the reason and the person's scope). */
    public boolean draft() {
        var corrections = session.services().corrections();
        long[] id = new long[1];
        boolean ok = Attempt.run(text, error, () -> id[0] = corrections.draft(session.actor(), target.classId(),
                reason.get(), List.of(new CorrectionRequest(target.pupilId(), target.ref(), target.slot(),
                        Marks.typed(target.kind(), newValue.get() == null ? "" : newValue.get().strip())))));
        if (ok) {
            done.set(text.t("minutes.draft.done", corrections.minute(session.actor(), id[0]).number()));
        }
        return ok;
    }

    public CellTarget target() {
        return target;
    }

    public String oldValue() {
        return target.shown().isEmpty() ? "—" : target.shown();
    }

    public StringProperty newValueProperty() {
        return newValue;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** "Đã lập biên bản số n …" once drafted. */
    public StringProperty doneProperty() {
        return done;
    }
}
