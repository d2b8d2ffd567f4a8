package vn.sotruong.desktop.audit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/** Nhật ký hệ thống: newest first, times in the school's zone. */
public final class AuditView {
    private final VBox root;

    public AuditView(AuditViewModel vm, UiText text) {
        TableView<AuditEntry> table = Fx.table("audit-table", text.t("table.empty"));
        table.getColumns().add(Fx.column(text.t("audit.at"), 150, (AuditEntry e) -> text.dateTime(e.at(), Session.SCHOOL_ZONE)));
        table.getColumns().add(Fx.column(text.t("audit.who"), 110, AuditEntry::actorLogin));
        table.getColumns().add(Fx.column(text.t("audit.kind"), 190, (AuditEntry e) -> text.has("audit.kind." + e.kind())
                ? text.t("audit.kind." + e.kind()) : e.kind().name()));
        table.getColumns().add(Fx.column(text.t("audit.target"), 170, AuditEntry::target));
        table.getColumns().add(Fx.column(text.t("audit.detail"), 260, AuditEntry::detail));
        table.getColumns().add(Fx.column(text.t("audit.workstation"), 120, AuditEntry::workstation));
        table.setItems(vm.entries());
        VBox.setVgrow(table, Priority.ALWAYS);
        Button verify = new Button(text.t("audit.verify"), Fx.icon(Material2OutlinedMZ.VERIFIED_USER));
        verify.setId("audit-verify");
        verify.setOnAction(e -> vm.verifyChain());
        Button refresh = new Button(text.t("action.refresh"), Fx.icon(Material2OutlinedMZ.REFRESH));
        refresh.setOnAction(e -> vm.reload());
        vm.brokenProperty().addListener((o, a, id) -> table.getItems().stream()
                .filter(e -> e.id() == id.longValue()).findFirst().ifPresent(e -> {
                    table.getSelectionModel().select(e);
                    // a few rows above it stay in sight, so the broken entry is not hidden under the header
                    table.scrollTo(Math.max(0, table.getItems().indexOf(e) - 3));
                }));
        root = Fx.page(Fx.title(text.t("audit.title")), Fx.buttons(refresh, verify),
                Fx.infoLabel(vm.chainProperty(), "audit-chain-ok"), Fx.errorLabel(vm.chainErrorProperty(), "audit-chain-broken"),
                table);
        root.setId("audit-page");
    }

    public Node root() {
        return root;
    }
}
