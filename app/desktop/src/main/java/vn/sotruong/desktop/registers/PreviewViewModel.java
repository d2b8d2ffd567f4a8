package vn.sotruong.desktop.registers;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.registers.PageImage;
import vn.sotruong.core.registers.PageImages;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Xem trước: the real pages of a printed book, one at a time ("Trang x / y", previous / next, fit to the width,
 * zoom). Only the page looked at is drawn, in the background, as wide as the window shows it; a drawing that
 * finishes after the reader moved on is dropped.
 */
public final class PreviewViewModel {
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3;
    private final Background background;
    private final PageImages pages;
    private final UiText text;
    private final AtomicReference<PageImages.Book> book = new AtomicReference<>();
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger drawn = new AtomicInteger();
    private final StringProperty title = new SimpleStringProperty("");
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final StringProperty pageLabel = new SimpleStringProperty("");
    private final ObjectProperty<PageImage> image = new SimpleObjectProperty<>();
    private final BooleanProperty drawing = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final IntegerProperty viewWidth = new SimpleIntegerProperty(800);
    private final javafx.beans.property.DoubleProperty zoom = new javafx.beans.property.SimpleDoubleProperty(1);

    public PreviewViewModel(Background background, PageImages pages, UiText text) {
        this.background = background;
        this.pages = pages;
        this.text = text;
    }

    /** Opens the book's PDF (in the background) and shows its first page. */
    public void open(Path pdf, String name) {
        title.set(text.t("registers.preview.title", name));
        error.set("");
        drawing.set(true);
        pageLabel.set(text.t("registers.preview.opening"));
        background.run(() -> pages.open(pdf), (PageImages.Book b) -> {
            PageImages.Book was = book.getAndSet(b);
            closeQuietly(was);
            pageCount.set(b.pageCount());
            page.set(0);
            drawing.set(false);
            redraw();
        }, failure -> {
            drawing.set(false);
            pageLabel.set("");
            error.set(text.t("registers.preview.cannotOpen", pdf.toString(), String.valueOf(failure.getMessage())));
        });
    }

    public void next() {
        show(page.get() + 1);
    }

    public void previous() {
        show(page.get() - 1);
    }

    /** Shows page {@code index} (0-based); outside the book nothing changes. */
    public void show(int index) {
        if (book.get() == null || index < 0 || index >= pageCount.get() || index == page.get() && image.get() != null) {
            return;
        }
        page.set(index);
        redraw();
    }

    /** The width the window gives the page, in pixels: the page is drawn again to fit it. */
    public void viewWidth(int pixels) {
        if (pixels > 0 && pixels != viewWidth.get()) {
            viewWidth.set(pixels);
            redraw();
        }
    }

    public void fitWidth() {
        zoom.set(1);
        redraw();
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * 1.25));
        redraw();
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / 1.25));
        redraw();
    }

    private void redraw() {
        PageImages.Book b = book.get();
        if (b == null) {
            return;
        }
        int index = page.get();
        int width = (int) Math.round(viewWidth.get() * zoom.get());
        int mine = generation.incrementAndGet();
        pageLabel.set(text.t("registers.preview.page", index + 1, pageCount.get()));
        drawing.set(true);
        background.run(() -> {
            PageImage img = b.draw(index, width);
            drawn.incrementAndGet();
            return img;
        }, (PageImage img) -> {
            if (generation.get() == mine) {
                image.set(img);
                drawing.set(false);
            }
        }, failure -> {
            if (generation.get() == mine) {
                drawing.set(false);
                error.set(text.t("registers.preview.cannotDraw", index + 1, String.valueOf(failure.getMessage())));
            }
        });
    }

    /** Closes the book (the file is free again). */
    public void close() {
        generation.incrementAndGet();
        closeQuietly(book.getAndSet(null));
        image.set(null);
        pageCount.set(0);
    }

    private static void closeQuietly(PageImages.Book b) {
        if (b != null) {
            try {
                b.close();
            } catch (java.io.IOException e) {
                // nothing is written through a preview: a file that will not close loses nothing
            }
        }
    }

    /** How many pages have been drawn since the book was opened (a long book draws only those looked at). */
    public int drawnPages() {
        return drawn.get();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** The page shown, 0-based. */
    public IntegerProperty pageProperty() {
        return page;
    }

    public StringProperty pageLabelProperty() {
        return pageLabel;
    }

    public ObjectProperty<PageImage> imageProperty() {
        return image;
    }

    public BooleanProperty drawingProperty() {
        return drawing;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** 1 = the page as wide as the window. */
    public javafx.beans.property.DoubleProperty zoomProperty() {
        return zoom;
    }
}
