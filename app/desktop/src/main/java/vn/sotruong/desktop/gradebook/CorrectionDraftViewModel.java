package vn.sotruong.desktop.gradebook;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.correction.CorrectionRequest;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Đề nghị sửa điểm: a draft correction minute for a locked cell, pre-filled with the pupil, the column and the
 * value now; the teacher types the right value and the reason, and may add other locked cells of the same sheet
 * to the same minute ("Thêm ô"), each with its right value. Evidence and submitting follow on the minutes page.
 */
public final class CorrectionDraftViewModel {
    /** Another cell in the same minute, with its right value as typed. */
    public record ExtraCell(CellTarget target, StringProperty newValue) {
    }

    private final Session session;
    private final UiText text;
    private final CellTarget target;
    private final StringProperty newValue = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final List<CellTarget> others;
    private final ObservableList<ExtraCell> extra = FXCollections.observableArrayList();
    private final ObjectProperty<CellTarget> toAdd = new SimpleObjectProperty<>();

    public CorrectionDraftViewModel(Session session, UiText text, CellTarget target) {
        this(session, text, target, List.of());
    }

    /** @param others the other locked cells of the sheet the person may put in the same minute */
    public CorrectionDraftViewModel(Session session, UiText text, CellTarget target, List<CellTarget> others) {
        this.session = session;
        this.text = text;
        this.target = target;
        this.others = List.copyOf(others);
    }

    /** Thêm ô: the chosen cell joins the minute (once; refused when none is chosen or it is already in). */
    public boolean addCell() {
        CellTarget t = toAdd.get();
        if (t == null) {
            error.set(text.t("minutes.draft.chooseCell"));
            return false;
        }
        boolean already = same(t, target) || extra.stream().anyMatch(x -> same(x.target(), t));
        if (already) {
            error.set(text.t("minutes.draft.alreadyIn", t.pupilName(), t.header()));
            return false;
        }
        extra.add(new ExtraCell(t, new SimpleStringProperty("")));
        toAdd.set(null);
        error.set("");
        return true;
    }

    private static boolean same(CellTarget a, CellTarget b) {
        return a.pupilId() == b.pupilId() && a.slot().equals(b.slot()) && a.ref().equals(b.ref());
    }

    private static CorrectionRequest request(CellTarget t, String typed) {
        return new CorrectionRequest(t.pupilId(), t.ref(), t.slot(), Marks.typed(t.kind(), typed == null ? "" : typed.strip()));
    }

    /** True when the draft was recorded (the service checks the value, the reason and the person's scope). */
    public boolean draft() {
        var corrections = session.services().corrections();
        long[] id = new long[1];
        List<CorrectionRequest> requests = new ArrayList<>();
        requests.add(request(target, newValue.get()));
        extra.forEach(x -> requests.add(request(x.target(), x.newValue().get())));
        boolean ok = Attempt.run(text, error, () -> id[0] = corrections.draft(session.actor(), target.classId(),
                reason.get(), requests));
        if (ok) {
            done.set(text.t("minutes.draft.done", corrections.minute(session.actor(), id[0]).number()));
        }
        return ok;
    }

    public CellTarget target() {
        return target;
    }

    /** The cells that may be added: "Nguyễn Thị Ánh — HK1 TX1 (5,0)". */
    public List<CellTarget> others() {
        return others;
    }

    public ObservableList<ExtraCell> extra() {
        return extra;
    }

    public ObjectProperty<CellTarget> toAddProperty() {
        return toAdd;
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
