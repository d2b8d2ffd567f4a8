package vn.sotruong.desktop.lan;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** The Máy trạm page: the sharing switch and the computer-room schedule side by side, the workstations below. */
public final class WorkstationsView {
    private final ScrollPane root;

    public WorkstationsView(WorkstationsViewModel vm, UiText text) {
        Node sharing = sharingCard(vm, text);
        Node schedule = scheduleCard(vm, text);
        HBox.setHgrow(sharing, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(schedule, javafx.scene.layout.Priority.ALWAYS);
        ((VBox) sharing).setPrefWidth(440);
        ((VBox) schedule).setPrefWidth(560);
        HBox top = new HBox(14, sharing, schedule);
        VBox page = Fx.page(Fx.title(text.t("nav.workstations")), top, listCard(vm, text));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("workstations-page");
    }

    private static Node sharingCard(WorkstationsViewModel vm, UiText text) {
        ToggleSwitch on = new ToggleSwitch(text.t("lan.host.switch"));
        on.setId("lan-sharing");
        on.setSelected(vm.sharingProperty().get());
        // the switch follows what actually runs: a refused start leaves it off
        on.selectedProperty().addListener((o, was, now) -> {
            if (now != vm.sharingProperty().get()) {
                vm.switchSharing(now);
                on.setSelected(vm.sharingProperty().get());
            }
        });
        GridPane form = Fx.form();
        TextField bind = Fx.textField("lan-bind", vm.bindProperty());
        bind.setMaxWidth(180);
        TextField port = Fx.textField("lan-port", vm.portProperty());
        port.setMaxWidth(100);
        Fx.row(form, text.t("lan.host.bind"), bind);
        Fx.row(form, text.t("lan.host.port"), port);
        CheckBox announce = new CheckBox(text.t("lan.host.announce"));
        announce.setId("lan-announce");
        announce.selectedProperty().bindBidirectional(vm.announceProperty());
        announce.setWrapText(true);
        form.add(announce, 1, form.getRowCount());
        form.disableProperty().bind(vm.sharingProperty());
        Label serving = new Label();
        serving.setId("lan-serving");
        serving.textProperty().bind(vm.servingProperty());
        serving.setWrapText(true);
        serving.getStyleClass().add(Styles.TITLE_4);
        Label fingerprint = new Label();
        fingerprint.setId("lan-fingerprint");
        fingerprint.textProperty().bind(vm.fingerprintProperty());
        fingerprint.setWrapText(true);
        fingerprint.setStyle("-fx-font-family: monospace;");
        return card(Fx.section(text.t("lan.host.title")), Fx.note(text.t("lan.host.note")), on, form, serving,
                fingerprint, Fx.errorLabel(vm.sharingErrorProperty(), "lan-sharing-error"));
    }

    private static Node listCard(WorkstationsViewModel vm, UiText text) {
        TableView<WorkstationsViewModel.Row> table = Fx.table("workstations", text.t("lan.host.none"));
        table.getColumns().add(Fx.column(text.t("lan.host.col.id"), 45, r -> String.valueOf(r.workstation().id())));
        table.getColumns().add(Fx.column(text.t("lan.host.col.name"), 140, r -> r.workstation().name()));
        var code = Fx.<WorkstationsViewModel.Row>column(text.t("lan.host.col.code"), 110,
                r -> WorkstationsViewModel.code(r.workstation().pairingCode()));
        code.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        table.getColumns().add(code);
        table.getColumns().add(Fx.column(text.t("lan.host.col.status"), 100, r -> vm.status(r.workstation())));
        table.getColumns().add(Fx.column(text.t("lan.host.col.address"), 105, r -> r.workstation().address()));
        table.getColumns().add(Fx.column(text.t("lan.host.col.requested"), 150,
                r -> vm.when(r.workstation().requestedAt())));
        table.getColumns().add(Fx.column(text.t("lan.host.col.lastSeen"), 150,
                r -> vm.when(r.workstation().lastSeenAt())));
        table.getColumns().add(Fx.column(text.t("lan.host.col.sessions"), 90, r -> String.valueOf(r.sessions())));
        table.setItems(vm.rows());
        table.setPrefHeight(190);
        Button approve = Fx.button("lan-approve", text.t("lan.host.approve"), Material2OutlinedAL.CHECK_CIRCLE);
        approve.getStyleClass().add(Styles.ACCENT);
        approve.setOnAction(e -> vm.approve(table.getSelectionModel().getSelectedItem()));
        Button revoke = Fx.button("lan-revoke", text.t("lan.host.revoke"), Material2OutlinedAL.BLOCK);
        revoke.getStyleClass().add(Styles.DANGER);
        revoke.setOnAction(e -> vm.revoke(table.getSelectionModel().getSelectedItem()));
        Button refresh = Fx.button("lan-refresh", text.t("lan.host.refresh"), Material2OutlinedMZ.REFRESH);
        refresh.setOnAction(e -> vm.reload());
        // the buttons above the table: on a 768-pixel screen they stay in sight however long the list
        return card(Fx.section(text.t("lan.host.list")), Fx.note(text.t("lan.host.compare")),
                Fx.buttons(approve, revoke, Fx.grow(), refresh),
                Fx.errorLabel(vm.listErrorProperty(), "lan-list-error"),
                Fx.infoLabel(vm.listInfoProperty(), "lan-list-info"), table);
    }

    private static Node scheduleCard(WorkstationsViewModel vm, UiText text) {
        TextArea weekly = area("lan-schedule-weekly", vm.weeklyProperty(), "T2 07:00-11:00\nT4 13:30-16:30");
        TextArea days = area("lan-schedule-days", vm.daysProperty(), "2026-11-20 nghỉ\n2026-11-28 07:00-11:00");
        VBox left = new VBox(6, new Label(text.t("lan.schedule.weekly")), weekly);
        VBox right = new VBox(6, new Label(text.t("lan.schedule.days")), days);
        HBox.setHgrow(left, javafx.scene.layout.Priority.ALWAYS);
        HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
        Label state = new Label();
        state.setId("lan-schedule-state");
        state.textProperty().bind(vm.scheduleStateProperty());
        state.setWrapText(true);
        state.getStyleClass().add(Styles.TEXT_BOLD);
        Button save = Fx.button("lan-schedule-save", text.t("lan.schedule.save"), Material2OutlinedMZ.SAVE);
        save.setOnAction(e -> vm.saveSchedule());
        Button clear = Fx.button("lan-schedule-clear", text.t("lan.schedule.clear"), Material2OutlinedAL.DELETE);
        clear.setOnAction(e -> vm.clearSchedule());
        return card(Fx.section(text.t("lan.schedule.title")), state, Fx.note(text.t("lan.schedule.help")),
                new HBox(16, left, right), Fx.errorLabel(vm.scheduleErrorProperty(), "lan-schedule-error"),
                Fx.infoLabel(vm.scheduleInfoProperty(), "lan-schedule-info"), Fx.buttons(save, clear));
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty p, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.textProperty().bindBidirectional(p);
        a.setPromptText(prompt);
        a.setPrefRowCount(3);
        a.setStyle("-fx-font-family: monospace;");
        return a;
    }

    private static VBox card(Node... children) {
        return Fx.card(children);
    }

    public Node root() {
        return root;
    }
}
