package vn.sotruong.desktop;

import javafx.event.ActionEvent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.desktop.lan.WorkstationCell;
import vn.sotruong.desktop.lan.WorkstationRow;

/** Typing into the workstation grid's HK1 TX1 column like a person: start editing a cell, type, Enter. */
final class WorkstationGrids {
    private WorkstationGrids() {
    }

    static WorkstationCell cell(TableView<WorkstationRow> grid, int row) {
        return grid.getItems().get(row).cell(WorkstationOffice.TX1).get();
    }

    static TableColumn<WorkstationRow, ?> tx1(TableView<WorkstationRow> grid) {
        return grid.getColumns().stream().filter(c -> ("ws-col-" + WorkstationOffice.TX1).equals(c.getId()))
                .findFirst().orElseThrow();
    }

    static void startEditing(FxRobot robot, TableView<WorkstationRow> grid, int row) {
        robot.interact(() -> {
            grid.getSelectionModel().clearAndSelect(row, tx1(grid));
            grid.edit(row, tx1(grid));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The cell editor open now, or null. */
    static TextField editor(FxRobot robot) {
        return robot.lookup("#ws-grid .ws-cell .text-field").tryQueryAs(TextField.class).orElse(null);
    }

    static void typeAndCommit(FxRobot robot, String value) {
        TextField editor = editor(robot);
        robot.interact(() -> {
            editor.setText(value);
            editor.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void enter(FxRobot robot, TableView<WorkstationRow> grid, int row, String value) {
        startEditing(robot, grid, row);
        typeAndCommit(robot, value);
    }
}
