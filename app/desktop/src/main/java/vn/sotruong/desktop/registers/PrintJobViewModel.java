package vn.sotruong.desktop.registers;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.sotruong.core.registers.PrintProgress;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterService;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The print running from the In sổ page: off the FX thread, with the progress by classes laid out and "Dừng in"
 * (the job stops before its next class, leaving no file and no ledger line); when done, the book and its folder
 * for "Xem trước", "In ra máy in…" and "Mở thư mục".
 */
public final class PrintJobViewModel {
    private static final double INDETERMINATE = -1;
    private final Session session;
    private final UiText text;
    private final RegisterTexts names;
    private final RegisterService registers;
    private final PageStatus status;
    private final LedgerViewModel ledger;
    private final DoubleProperty progressValue = new SimpleDoubleProperty(INDETERMINATE);
    private final BooleanProperty printing = new SimpleBooleanProperty(false);
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ObjectProperty<Path> printedFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<PrintedFile> printed = new SimpleObjectProperty<>();

    PrintJobViewModel(Session session, UiText text, RegisterTexts names, RegisterService registers, PageStatus status,
                      LedgerViewModel ledger) {
        this.session = session;
        this.text = text;
        this.names = names;
        this.registers = registers;
        this.status = status;
        this.ledger = ledger;
    }

    void run(PrintRequest r, Path target) {
        status.clearMessages();
        printedFolder.set(null);
        printed.set(null);
        status.busyProperty().set(true);
        printing.set(true);
        stop.set(false);
        progressValue.set(INDETERMINATE);
        String bookName = names.book(r.register());
        status.progressProperty().set(text.t("registers.page.printing", bookName, names.scope(r.scope())));
        session.background().run(() -> registers.print(session.actor(), r, target, progress(bookName)),
                (PrintRecord p) -> {
                    ended();
                    status.infoProperty().set(text.t("registers.page.printed", target.toString(), p.pages(),
                            String.valueOf(p.id()), p.fingerprint().substring(0, 12)));
                    printedFolder.set(target.getParent());
                    ledger.printedTo(p.id(), target);
                    printed.set(new PrintedFile(p.id(), target, p.pages(), r.paper(),
                            bookName + " · " + names.scope(r.scope()), r.twoSided()));
                    ledger.reload();
                }, failure -> {
                    ended();
                    status.errorProperty().set(text.error(failure));
                });
    }

    private PrintProgress progress(String bookName) {
        return new PrintProgress() {
            @Override
            public void update(int done, int total, String current) {
                onFx(() -> {
                    if (stop.get()) {
                        return;
                    }
                    progressValue.set(total == 0 ? INDETERMINATE : (double) done / total);
                    if (!current.isEmpty()) {
                        status.progressProperty().set(
                                text.t("registers.page.printingClass", bookName, current, done, total));
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
    }

    private void ended() {
        status.idle();
        printing.set(false);
        progressValue.set(INDETERMINATE);
    }

    /**
     * "Dừng in": the job stops before its next class; it leaves no file and no ledger line
     * ({@code registers.cancelled} is shown when it has stopped).
     */
    public void cancel() {
        if (printing.get() && !stop.getAndSet(true)) {
            status.progressProperty().set(text.t("registers.page.stopping"));
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** How far a print is, 0–1 by classes laid out; negative while the data is gathered (indeterminate). */
    public DoubleProperty progressValueProperty() {
        return progressValue;
    }

    /** Whether a print (not a signature) is running, so it can be stopped. */
    public BooleanProperty printingProperty() {
        return printing;
    }

    /** The book just printed and its file, for "Xem trước" and "In ra máy in…"; null until a print succeeded. */
    public ObjectProperty<PrintedFile> printedProperty() {
        return printed;
    }

    /** The folder of the book just printed (for "Mở thư mục"); null until a print succeeded. */
    public ObjectProperty<Path> printedFolderProperty() {
        return printedFolder;
    }
}
