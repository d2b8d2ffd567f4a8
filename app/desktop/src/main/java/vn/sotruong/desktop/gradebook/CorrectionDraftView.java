package vn.sotruong.desktop.gradebook;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** The form "Đề nghị sửa điểm": pupil, column and old value shown; the new value and the reason typed. */
final class CorrectionDraftView {
    private CorrectionDraftView() {
    }

    static Parent create(CorrectionDraftViewModel vm, UiText text, Runnable close) {
        CellTarget t = vm.target();
        GridPane form = Fx.form();
        Fx.row(form, text.t("minutes.draft.pupil"), fixed("correction-draft-pupil", t.pupilName()));
        Fx.row(form, text.t("minutes.draft.column"), fixed("correction-draft-column", t.header()));
        Fx.row(form, text.t("minutes.draft.old"), fixed("correction-draft-old", vm.oldValue()));
        TextField value = Fx.textField("correction-draft-new", vm.newValueProperty());
        Fx.row(form, text.t("minutes.draft.new"), value);
        TextArea reason = new TextArea();
        reason.setId("correction-draft-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Fx.row(form, text.t("minutes.draft.reason"), reason);
        VBox fields = new VBox(10, form, Fx.note(text.t("minutes.draft.note")));
        VBox root = FormDialog.content(text, text.t("minutes.draft.title"), fields, vm.errorProperty(),
                "correction-draft", () -> { }, vm::draft, close);
        root.setId("correction-draft");
        root.setUserData(vm);
        return root;
    }

    private static Label fixed(String id, String value) {
        Label l = new Label(value);
        l.setId(id);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
