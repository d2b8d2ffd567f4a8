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
        VBox fields = new VBox(10, form, more(vm, text), Fx.note(text.t("minutes.draft.note")));
        VBox root = FormDialog.content(text, text.t("minutes.draft.title"), fields, vm.errorProperty(),
                "correction-draft", () -> { }, vm::draft, close);
        root.setId("correction-draft");
        root.setUserData(vm);
        return root;
    }

    /** Thêm ô: other locked cells of the sheet in the same minute, each with its own right value. */
    private static javafx.scene.Node more(CorrectionDraftViewModel vm, UiText text) {
        GridPane cells = Fx.form();
        vm.extra().addListener((javafx.collections.ListChangeListener<CorrectionDraftViewModel.ExtraCell>) c -> {
            while (c.next()) {
                for (CorrectionDraftViewModel.ExtraCell x : c.getAddedSubList()) {
                    int n = vm.extra().indexOf(x) + 1;
                    TextField value = Fx.textField("correction-draft-new-" + n, x.newValue());
                    value.setPromptText(text.t("minutes.draft.new"));
                    Fx.row(cells, x.target().pupilName() + " — " + x.target().header() + " ("
                            + (x.target().shown().isEmpty() ? "—" : x.target().shown()) + ")", value);
                }
            }
            if (cells.getScene() != null && cells.getScene().getWindow() instanceof javafx.stage.Stage s) {
                s.sizeToScene();
            }
        });
        javafx.scene.control.ComboBox<CellTarget> choose = Fx.comboBox("correction-draft-other",
                t -> t.pupilName() + " — " + t.header() + " (" + (t.shown().isEmpty() ? "—" : t.shown()) + ")");
        choose.getItems().setAll(vm.others());
        choose.valueProperty().bindBidirectional(vm.toAddProperty());
        choose.setPromptText(text.t("minutes.draft.otherPrompt"));
        choose.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(choose, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button add = new javafx.scene.control.Button(text.t("minutes.draft.addCell"));
        add.setId("correction-draft-add");
        add.setOnAction(e -> vm.addCell());
        VBox box = new VBox(8, Fx.section(text.t("minutes.draft.more")), cells,
                new javafx.scene.layout.HBox(8, choose, add));
        box.setVisible(!vm.others().isEmpty());
        box.setManaged(!vm.others().isEmpty());
        return box;
    }

    private static Label fixed(String id, String value) {
        Label l = new Label(value);
        l.setId(id);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
