package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import vn.sotruong.desktop.app.AppConfig;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.registers.CatalogueRow;

/**
 * The records catalogue in the English UI: the books and what each is for (class, class and month, teacher and
 * subject, whole school) come from the English bundle, and every column fits a 1366×768 window.
 */
class CatalogueEnglishTest extends FxTestBase {
    @Test
    @SuppressWarnings("unchecked")
    void theCatalogueSpeaksEnglishAndFitsTheWindow() throws Exception {
        TestSchool.create(services());
        startApp(new AppConfig(UiText.ENGLISH, false, Background.direct(), CLOCK, "test-pc",
                Optional.of(Duration.ofHours(1)), s -> {
                    throw new AssertionError("no demo in this test");
                }, List.of("admin", "hieutruong"), "demo1234"));
        CataloguePage.openAsPrincipal(this);

        assertThat(rows()).extracting(CatalogueRow::what).contains("Class 6A", "Class 6A · 09/2026",
                "Class 6A · 10/2026", "Whole school", "Đỗ Minh Toàn · Toán (6A, 7A)");
        assertThat(rows()).extracting(CatalogueRow::book).contains("Assessment book (class)", "Roll book",
                "School record (học bạ)", "Assessment book (teacher)", "Enrolment register", "Year-end lists");
        assertThat(rows()).extracting(CatalogueRow::what).noneMatch(w -> w.startsWith("Lớp") || w.contains("tháng")
                || w.equals("Toàn trường"));
        assertThat(rows()).extracting(CatalogueRow::state).containsOnly("Not printed");

        TableView<CatalogueRow> table = lookup("#catalogue-table").queryAs(TableView.class);
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("no column pushed out of a 1366-pixel window").isLessThanOrEqualTo(table.getWidth());
        for (TableColumn<CatalogueRow, ?> c : table.getColumns()) {
            assertThat(c.getWidth()).as(c.getText()).isGreaterThanOrEqualTo(c.getPrefWidth() - 1);
        }
        assertThat(stage.getWidth()).isEqualTo(1366);
        Screenshots.save(stage.getScene().getRoot(), "registers-catalogue-en-1366.png");
    }

    private List<CatalogueRow> rows() {
        return CataloguePage.rows(this);
    }
}
