package vn.sotruong.desktop.gradebook;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The grid's context menu on an entry cell: "Lịch sử ô…" (every change of the cell) and "Đề nghị sửa điểm…" (a
 * draft correction minute for a locked value, for those who may enter the sheet).
 */
final class GridMenu {
    private GridMenu() {
    }

    static void install(TableView<GridRow> table, EntryGridViewModel vm, UiText text, Supplier<Optional<CellTarget>> focused) {
        MenuItem history = new MenuItem(text.t("gradebook.menu.history"), Fx.icon(Material2OutlinedAL.HISTORY));
        history.setId("grid-menu-history");
        MenuItem correction = new MenuItem(text.t("gradebook.menu.correction"), Fx.icon(Material2OutlinedMZ.RATE_REVIEW));
        correction.setId("grid-menu-correction");
        ContextMenu menu = new ContextMenu(history, correction);
        menu.setId("grid-menu");
        menu.setOnShowing(e -> {
            Optional<CellTarget> t = focused.get();
            history.setDisable(t.isEmpty());
            // a value not yet locked is simply typed again; a locked one needs a minute
            correction.setDisable(t.map(c -> !c.locked() || !c.mayDraft()).orElse(true));
        });
        history.setOnAction(e -> focused.get().ifPresent(t -> FormDialog.open(table.getScene().getWindow(),
                text.t("gradebook.menu.history"), close -> CellHistoryView.create(vm.historyOf(t), text, close))));
        correction.setOnAction(e -> focused.get().ifPresent(t -> {
            CorrectionDraftViewModel draft = vm.draftFor(t);
            FormDialog.open(table.getScene().getWindow(), text.t("minutes.draft.title"),
                    close -> CorrectionDraftView.create(draft, text, () -> {
                        close.run();
                        if (!draft.doneProperty().get().isEmpty()) {
                            vm.reload(draft.doneProperty().get());
                        }
                    }));
        }));
        // shown from the press of the right button (after the cell under it took the focus) and from the keyboard's
        // context-menu request; never twice
        table.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(table, e.getScreenX(), e.getScreenY());
            } else if (e.getButton() == MouseButton.PRIMARY) {
                menu.hide();
            }
        });
        table.setOnContextMenuRequested(e -> {
            if (!menu.isShowing()) {
                menu.show(table, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }
}
