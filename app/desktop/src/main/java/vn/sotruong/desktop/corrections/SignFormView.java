package vn.sotruong.desktop.corrections;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The form "Ký biên bản": the key (mine in Sổ Trường, a .p12 file, a USB token with its PKCS#11 library) and its
 * password or PIN; the file and library rows show only for their choice.
 */
final class SignFormView {
    private SignFormView() {
    }

    static Parent create(SignFormViewModel vm, UiText text, java.util.function.BooleanSupplier sign, Runnable close) {
        ComboBox<KeyChoice> choice = Fx.comboBox("sign-key-choice", c -> text.t(c.labelKey()));
        choice.getItems().setAll(KeyChoice.values());
        choice.valueProperty().bindBidirectional(vm.choiceProperty());
        choice.setMaxWidth(Double.MAX_VALUE);

        HBox fileRow = vn.sotruong.desktop.signing.KeyFileField.of("sign-file", vm.fileProperty(), text);
        TextField library = Fx.textField("sign-library", vm.libraryProperty());
        library.setPromptText(text.t("sign.libraryPrompt"));
        PasswordField secret = Fx.passwordField("sign-secret", vm.secretProperty());

        GridPane form = Fx.form();
        // only the rows of the chosen source are in the grid, so no empty gaps stay behind
        Runnable rows = () -> {
            KeyChoice c = vm.choiceProperty().get();
            form.getChildren().clear();
            Fx.row(form, text.t("sign.key"), choice);
            if (c == KeyChoice.FILE) {
                Fx.row(form, text.t("sign.file"), fileRow);
            }
            if (c == KeyChoice.TOKEN) {
                Fx.row(form, text.t("sign.library"), library);
            }
            Fx.row(form, text.t(c == KeyChoice.TOKEN ? "sign.pin" : "sign.password"), secret);
            if (form.getScene() != null && form.getScene().getWindow() instanceof javafx.stage.Stage s) {
                s.sizeToScene();
            }
        };
        vm.choiceProperty().addListener((o, a, b) -> {
            vm.errorProperty().set("");
            rows.run();
        });
        rows.run();
        VBox fields = new VBox(10, form, Fx.note(text.t("sign.note")));
        VBox root = FormDialog.content(text, text.t("sign.title", vm.role()), fields, vm.errorProperty(), "sign",
                () -> { }, sign, close);
        ((Button) root.lookup("#sign-save")).setText(text.t("sign.action"));
        root.setId("sign-form");
        root.setUserData(vm);
        return root;
    }
}
