package vn.sotruong.desktop.registers;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.registers.PageImage;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Xem trước: a window with the book's pages one at a time — "Trang x / y", previous / next (also Page Up / Page
 * Down and the arrow keys), zoom out, fit to the width, zoom in. The page is drawn as wide as the window shows it.
 */
public final class PreviewWindow {
    private static final int MARGIN = 24;
    private final Stage stage = new Stage();
    private final PreviewViewModel vm;

    public PreviewWindow(PreviewViewModel vm, UiText text, Window owner) {
        this.vm = vm;
        Button previous = Fx.button("preview-previous", text.t("registers.preview.previous"),
                Material2OutlinedAL.CHEVRON_LEFT);
        previous.setOnAction(e -> vm.previous());
        previous.disableProperty().bind(vm.pageProperty().lessThanOrEqualTo(0));
        Button next = Fx.button("preview-next", text.t("registers.preview.next"), Material2OutlinedAL.CHEVRON_RIGHT);
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(vm.pageProperty().greaterThanOrEqualTo(vm.pageCountProperty().subtract(1)));
        Label page = new Label();
        page.setId("preview-page");
        page.textProperty().bind(vm.pageLabelProperty());
        page.setMinWidth(120);
        page.setAlignment(Pos.CENTER);
        Button out = Fx.button("preview-zoom-out", text.t("registers.preview.zoomOut"), Material2OutlinedMZ.ZOOM_OUT);
        out.setOnAction(e -> vm.zoomOut());
        Button fit = Fx.button("preview-fit", text.t("registers.preview.fitWidth"), Material2OutlinedAL.ASPECT_RATIO);
        fit.setOnAction(e -> vm.fitWidth());
        Button in = Fx.button("preview-zoom-in", text.t("registers.preview.zoomIn"), Material2OutlinedMZ.ZOOM_IN);
        in.setOnAction(e -> vm.zoomIn());
        Button close = Fx.button("preview-close", text.t("registers.preview.close"), Material2OutlinedAL.CLOSE);
        close.setOnAction(e -> stage.close());
        var busy = Fx.busySpinner(vm.drawingProperty());
        var bar = Fx.buttons(previous, page, next, busy, Fx.grow(), out, fit, in, close);
        bar.setPadding(new Insets(8));

        ImageView view = new ImageView();
        view.setId("preview-image");
        view.setPreserveRatio(true);
        vm.imageProperty().addListener((o, was, now) -> view.setImage(now == null ? null : image(now)));
        StackPane paper = new StackPane(view);
        paper.setPadding(new Insets(MARGIN / 2.0));
        paper.setStyle("-fx-background-color: -color-bg-subtle;");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setId("preview-scroll");
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((o, was, now) -> vm.viewWidth((int) now.getWidth() - MARGIN));

        Label error = Fx.errorLabel(vm.errorProperty(), "preview-error");
        BorderPane root = new BorderPane(scroll, bar, null, new VBox(error), null);
        root.setId("preview-window");
        Scene scene = new Scene(root, 900, 1000);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
                vm.next();
            } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) {
                vm.previous();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setOnHidden(e -> vm.close());
    }

    /** Opens the window on the book's first page. */
    public void show(PrintedFile file) {
        vm.open(file.pdf(), file.title());
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private static WritableImage image(PageImage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }
}
