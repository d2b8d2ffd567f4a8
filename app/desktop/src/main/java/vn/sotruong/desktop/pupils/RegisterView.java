package vn.sotruong.desktop.pupils;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.pupils.RegisterViewModel.Line;

/** The sổ đăng bộ table; read-only, the Registers work prints it. */
final class RegisterView {
    private RegisterView() {
    }

    static Node create(RegisterViewModel vm, UiText text) {
        TableView<Line> table = Fx.table("register-table", text.t("table.empty"));
        table.getColumns().add(Fx.column(text.t("pupils.register.number"), 60, Line::number));
        table.getColumns().add(Fx.column(text.t("pupils.col.name"), 170, Line::name));
        table.getColumns().add(Fx.column(text.t("pupils.col.birth"), 95, Line::birthDate));
        table.getColumns().add(Fx.column(text.t("pupils.register.admitted"), 100, Line::admittedOn));
        table.getColumns().add(Fx.column(text.t("pupils.register.classes"), 160, Line::classes));
        table.getColumns().add(Fx.column(text.t("pupils.register.in"), 150, Line::transferIn));
        table.getColumns().add(Fx.column(text.t("pupils.register.out"), 170, Line::transferOut));
        table.getColumns().add(Fx.column(text.t("pupils.register.dropout"), 90, Line::dropout));
        table.setItems(vm.lines());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, Fx.errorLabel(vm.errorProperty(), "register-error"), table,
                Fx.note(text.t("pupils.register.note")));
        box.setId("register-view");
        return box;
    }
}
