package vn.sotruong.desktop.wizard;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.wizard.WizardViewModel.Choice;

/** The first-run wizard: choose "new school" or "demo school", fill in, confirm. */
public final class WizardView {
    private final BorderPane root = new BorderPane();
    private final WizardViewModel vm;
    private final UiText text;

    public WizardView(WizardViewModel vm, UiText text, int minPasswordLength, int thisYear) {
        this.vm = vm;
        this.text = text;
        Label title = new Label(text.t("wizard.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(text.t("wizard.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        ToggleGroup group = new ToggleGroup();
        RadioButton fresh = choice(group, "wizard-new", text.t("wizard.choice.new"), text.t("wizard.choice.new.hint"));
        RadioButton demo = choice(group, "wizard-demo", text.t("wizard.choice.demo"),
                text.t("wizard.choice.demo.hint"));
        fresh.setSelected(vm.choiceProperty().get() == Choice.NEW_SCHOOL);
        demo.setSelected(vm.choiceProperty().get() == Choice.DEMO);
        group.selectedToggleProperty().addListener((o, a, b) ->
                vm.choiceProperty().set(b == demo ? Choice.DEMO : Choice.NEW_SCHOOL));
        HBox choices = new HBox(16, card(fresh, Material2OutlinedAL.ADD_BUSINESS), card(demo, Material2OutlinedMZ.SCHOOL));

        Node newForm = newSchoolForm(minPasswordLength, thisYear);
        newForm.visibleProperty().bind(vm.choiceProperty().isEqualTo(Choice.NEW_SCHOOL));
        newForm.managedProperty().bind(newForm.visibleProperty());
        Label demoNote = new Label(text.t("wizard.demo.note"));
        demoNote.setId("wizard-demo-note");
        demoNote.setWrapText(true);
        demoNote.visibleProperty().bind(vm.choiceProperty().isEqualTo(Choice.DEMO));
        demoNote.managedProperty().bind(demoNote.visibleProperty());

        Button submit = new Button();
        submit.setId("wizard-submit");
        submit.textProperty().bind(javafx.beans.binding.Bindings.when(vm.choiceProperty().isEqualTo(Choice.DEMO))
                .then(text.t("wizard.submit.demo")).otherwise(text.t("wizard.submit.new")));
        submit.setDefaultButton(true);
        submit.getStyleClass().add(Styles.ACCENT);
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> vm.submit());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.busyProperty());
        Label busyText = new Label(text.t("wizard.busy"));
        busyText.visibleProperty().bind(vm.busyProperty());

        VBox content = new VBox(16, title, intro, choices, newForm, demoNote,
                Fx.errorLabel(vm.errorProperty(), "wizard-error"), Fx.buttons(submit, spinner, busyText));
        content.setPadding(new Insets(24, 32, 24, 32));
        content.setMaxWidth(1040);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setId("wizard-view");
    }

    private RadioButton choice(ToggleGroup group, String id, String label, String hint) {
        RadioButton r = new RadioButton(label);
        r.setId(id);
        r.setToggleGroup(group);
        r.setMnemonicParsing(true);
        r.getStyleClass().add(Styles.TEXT_BOLD);
        r.setUserData(hint);
        return r;
    }

    private Node card(RadioButton r, org.kordamp.ikonli.Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("icon-32"); // sized in app.css: the theme overrides setIconSize
        icon.getStyleClass().add("accent-icon");
        Label hint = new Label((String) r.getUserData());
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox v = new VBox(6, r, hint);
        HBox card = new HBox(14, icon, v);
        card.setAlignment(Pos.TOP_LEFT);
        card.getStyleClass().add("choice-card");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setOnMouseClicked(e -> r.setSelected(true));
        return card;
    }

    private Node newSchoolForm(int minPasswordLength, int thisYear) {
        GridPane school = Fx.form();
        Fx.row(school, text.t("wizard.school.name"), prompted(Fx.textField("wizard-school-name", vm.schoolNameProperty()),
                text.t("wizard.school.name.prompt")));
        Fx.row(school, text.t("wizard.school.moet"), Fx.textField("wizard-moet", vm.moetCodeProperty()));
        Fx.row(school, text.t("wizard.school.province"), Fx.textField("wizard-province", vm.provinceProperty()));
        Fx.row(school, text.t("wizard.school.district"), Fx.textField("wizard-district", vm.districtProperty()));
        ComboBox<SchoolLevel> level = new ComboBox<>();
        level.setId("wizard-level");
        level.getItems().setAll(SchoolLevel.THCS, SchoolLevel.TIEU_HOC);
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(SchoolLevel l) {
                return l == null ? "" : text.level(l);
            }

            @Override
            public SchoolLevel fromString(String s) {
                return null;
            }
        });
        level.valueProperty().bindBidirectional(vm.levelProperty());
        Fx.row(school, text.t("wizard.school.level"), level);
        Fx.row(school, text.t("wizard.school.principal"), Fx.textField("wizard-principal", vm.principalProperty()));
        ComboBox<String> year = new ComboBox<>();
        year.setId("wizard-year");
        year.setEditable(true);
        year.getItems().setAll(List.of(SchoolYear.label(thisYear - 1), SchoolYear.label(thisYear),
                SchoolYear.label(thisYear + 1)));
        year.valueProperty().bindBidirectional(vm.yearProperty());
        Fx.row(school, text.t("wizard.school.year"), year);

        GridPane admin = Fx.form();
        Fx.row(admin, text.t("wizard.admin.name"), Fx.textField("wizard-admin-name", vm.adminNameProperty()));
        Fx.row(admin, text.t("wizard.admin.login"), Fx.textField("wizard-admin-login", vm.adminLoginProperty()));
        Fx.row(admin, text.t("wizard.admin.password"), Fx.passwordField("wizard-password", vm.passwordProperty()));
        Fx.row(admin, text.t("wizard.admin.repeat"), Fx.passwordField("wizard-repeat", vm.repeatProperty()));
        Label rules = new Label(vm.passwordRules(minPasswordLength) + " " + text.t("wizard.admin.note"));
        rules.setWrapText(true);
        rules.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        VBox left = new VBox(10, Fx.section(text.t("wizard.section.school")), school);
        VBox right = new VBox(10, Fx.section(text.t("wizard.section.admin")), admin, rules);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(480);
        right.setPrefWidth(420);
        HBox both = new HBox(32, left, right);
        both.setId("wizard-new-form");
        return both;
    }



    private static TextField prompted(TextField f, String prompt) {
        f.setPromptText(prompt);
        return f;
    }

    public Parent root() {
        return root;
    }
}
