package vn.sotruong.desktop.lan;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** The "Kết nối máy văn phòng" screen: address and name, the pairing code in large digits, then the approval. */
public final class OfficePairingView {
    private final StackPane root = new StackPane();

    public OfficePairingView(OfficePairingViewModel vm, UiText text, Runnable onBack) {
        this(vm, text, onBack, null);
    }

    /** With {@code heard}: the office PCs heard on the LAN listed above the address (discovery, ADR 0027). */
    public OfficePairingView(OfficePairingViewModel vm, UiText text, Runnable onBack, HeardOfficesViewModel heard) {
        FontIcon icon = new FontIcon(Material2AL.COMPUTER);
        icon.getStyleClass().addAll("icon-40", "accent-icon");
        Label title = new Label(text.t("pairing.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(text.t("pairing.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        HBox heading = new HBox(12, icon, new VBox(4, title, intro));
        heading.setAlignment(Pos.CENTER_LEFT);

        TextField address = Fx.textField("pairing-address", vm.addressProperty());
        address.setPromptText(text.t("pairing.address.prompt"));
        TextField name = Fx.textField("pairing-name", vm.nameProperty());
        GridPane form = Fx.form();
        Fx.row(form, text.t("pairing.address"), address);
        Fx.row(form, text.t("pairing.name"), name);

        Button request = Fx.primaryButton("pairing-request", text.t("pairing.request"), vm.canRequest(), vm::request);
        HBox actions = new HBox(10, request, Fx.busySpinner(vm.busyProperty()));
        actions.setAlignment(Pos.CENTER_LEFT);

        Label error = Fx.errorLabel(vm.errorProperty(), "pairing-error");

        Label codeCaption = new Label(text.t("pairing.code"));
        codeCaption.getStyleClass().add(Styles.TEXT_MUTED);
        Label code = new Label();
        code.setId("pairing-code");
        code.textProperty().bind(vm.codeProperty());
        code.setStyle("-fx-font-size: 40px; -fx-font-weight: bold; -fx-font-family: monospace;");
        code.getStyleClass().add(Styles.ACCENT);
        Label fingerprint = new Label();
        fingerprint.setId("pairing-fingerprint");
        fingerprint.textProperty().bind(vm.fingerprintProperty().map(f -> text.t("pairing.fingerprint", f)));
        fingerprint.setWrapText(true);
        fingerprint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label status = new Label();
        status.setId("pairing-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Button check = new Button(text.t("pairing.check"));
        check.setId("pairing-check");
        check.disableProperty().bind(vm.canCheck().not());
        check.setOnAction(e -> vm.check());
        VBox codeBox = new VBox(8, codeCaption, code, fingerprint, status, check);
        codeBox.setId("pairing-code-box");
        codeBox.visibleProperty().bind(vm.codeProperty().isNotEmpty());
        codeBox.managedProperty().bind(codeBox.visibleProperty());

        Hyperlink back = new Hyperlink(text.t("pairing.back"));
        back.setId("pairing-back");
        back.setOnAction(e -> onBack.run());

        if (heard != null) {
            Fx.centredCard(root, "pairing-view", 520, heading, HeardOfficesView.of(heard), form, actions, error,
                    codeBox, back);
        } else {
            Fx.centredCard(root, "pairing-view", 520, heading, form, actions, error, codeBox, back);
        }
        // while the code is shown and not yet approved, ask again by itself every few seconds
        javafx.animation.Timeline poll = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(3), e -> vm.check()));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        vm.canCheck().addListener((o, was, can) -> {
            if (can) {
                poll.play();
            } else if (vm.pairedProperty().get()) {
                poll.stop();
            }
        });
        root.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                poll.stop();
            }
        });
    }

    public Parent root() {
        return root;
    }
}
