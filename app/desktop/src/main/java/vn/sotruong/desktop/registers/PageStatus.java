package vn.sotruong.desktop.registers;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the In sổ page says about its work, shared by the print form, the running job and the ledger: whether
 * something runs (the buttons wait), what it is doing, and the last error or success.
 */
public final class PageStatus {
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    /** A new piece of work starts: the last error and success are cleared. */
    void clearMessages() {
        error.set("");
        info.set("");
    }

    /** The work ended: nothing runs and no progress is shown. */
    void idle() {
        busy.set(false);
        progress.set("");
    }

    void fail(String message) {
        idle();
        error.set(message);
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
