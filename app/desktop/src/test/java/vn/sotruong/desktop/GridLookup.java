package vn.sotruong.desktop;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import vn.sotruong.desktop.gradebook.GridCell;
import vn.sotruong.desktop.gradebook.GridRow;

/** Finds the Sổ điểm entry grid's rows, cells and cell nodes by pupil name and column key, as tests need them. */
final class GridLookup {
    private final FxRobot robot;

    GridLookup(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    TableView<GridRow> grid() {
        return robot.lookup("#grade-grid").queryAs(TableView.class);
    }

    int row(String name) {
        List<GridRow> rows = grid().getItems();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).name().equals(name)).findFirst().orElseThrow();
    }

    GridCell cell(String name, String key) {
        return grid().getItems().get(row(name)).cell(key).get();
    }

    /** The cell's node, scrolled into view first. */
    TableCell<?, ?> cellNode(String name, String key) {
        int r = row(name);
        robot.interact(() -> grid().scrollTo(r));
        return robot.lookup(".grade-cell").match((TableCell<?, ?> c) -> c.getIndex() == r
                && key.equals(c.getTableColumn().getUserData())).query();
    }
}
