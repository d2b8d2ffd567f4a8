package vn.sotruong.desktop;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.desktop.registers.CatalogueRow;

/** The Danh mục hồ sơ tab of the In sổ page, for page tests: opened as the principal, its rows once loaded. */
final class CataloguePage {
    private CataloguePage() {
    }

    /** Signs the principal in, opens In sổ and its catalogue tab, and waits for the catalogue's rows. */
    static void openAsPrincipal(FxTestBase t) throws Exception {
        t.signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        t.awaitScreen("main");
        t.clickOn("#nav-registers");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = t.lookup("#registers-tabs").queryAs(TabPane.class);
        t.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> t.lookup("#catalogue-table").tryQuery().isPresent()
                && !rows(t).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static List<CatalogueRow> rows(FxTestBase t) {
        return List.copyOf(t.lookup("#catalogue-table").queryAs(TableView.class).getItems());
    }
}
