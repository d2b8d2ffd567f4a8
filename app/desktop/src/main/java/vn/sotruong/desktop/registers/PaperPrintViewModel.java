package vn.sotruong.desktop.registers;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.registers.PaperJob;
import vn.sotruong.core.registers.PaperOutcome;
import vn.sotruong.core.registers.PaperPrintService;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * "In ra máy in…": the printer (of those installed, the default first), on both sides or one, how many copies; the
 * book's paper is the one it was laid out on. The job runs in the background and is recorded only when the printer
 * reports it done (ADR 0040); no printer installed, or a printer that fails, is said plainly.
 */
public final class PaperPrintViewModel {
    private final Session session;
    private final PaperPrintService paper;
    private final UiText text;
    private final ObjectProperty<PrintedFile> file = new SimpleObjectProperty<>();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>();
    private final BooleanProperty duplex = new SimpleBooleanProperty(false);
    private final ObjectProperty<Integer> copies = new SimpleObjectProperty<>(1);
    private final StringProperty what = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public PaperPrintViewModel(Session session, PaperPrintService paper, UiText text) {
        this.session = session;
        this.paper = paper;
        this.text = text;
    }

    /** Opens the choices for the book: the printers are looked up first; none installed is said and nothing opens. */
    public void start(PrintedFile f) {
        error.set("");
        info.set("");
        busy.set(true);
        session.background().run(() -> paper.printers(session.actor()), (java.util.List<String> names) -> {
            busy.set(false);
            String kept = printer.get();
            printers.setAll(names);
            printer.set(names.contains(kept) ? kept : names.getFirst());
            what.set(text.t("registers.paper.what", String.valueOf(f.ledgerId()), f.title(), f.pages(),
                    f.paper().name()));
            duplex.set(f.twoSided());
            file.set(f);
        }, failure -> {
            busy.set(false);
            error.set(text.error(failure));
        });
    }

    /** Sends the book to the chosen printer; the outcome is shown when the printer has finished or failed. */
    public void print() {
        PrintedFile f = file.get();
        if (f == null) {
            return;
        }
        PaperJob job = new PaperJob(printer.get(), f.paper(), duplex.get(), copies.get() == null ? 1 : copies.get());
        error.set("");
        info.set(text.t("registers.paper.sending", String.valueOf(f.ledgerId()), job.printer()));
        busy.set(true);
        session.background().run(() -> paper.print(session.actor(), f.ledgerId(), f.pdf(), job),
                (PaperOutcome done) -> {
                    busy.set(false);
                    file.set(null);
                    info.set(text.t("registers.paper.done", job.printer(), done.pagesPrinted(),
                            String.valueOf(f.ledgerId())));
                }, failure -> {
                    busy.set(false);
                    info.set("");
                    error.set(text.error(failure));
                });
    }

    public void cancel() {
        file.set(null);
    }

    /** The book whose choices are open; null when the pane is closed. */
    public ObjectProperty<PrintedFile> fileProperty() {
        return file;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ObjectProperty<String> printerProperty() {
        return printer;
    }

    public BooleanProperty duplexProperty() {
        return duplex;
    }

    public ObjectProperty<Integer> copiesProperty() {
        return copies;
    }

    public StringProperty whatProperty() {
        return what;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
