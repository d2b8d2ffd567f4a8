package vn.sotruong.desktop.common;

import javafx.beans.property.StringProperty;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Runs one service call for a form: a refusal becomes the translated reason in the form's error
 * line and nothing else happens; success clears the line. Forms differ only in the call they make.
 */
public final class Attempt {
    private Attempt() {
    }

    /** True when the service accepted the call. */
    public static boolean run(UiText text, StringProperty error, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            error.set(text.error(e));
            return false;
        }
        error.set("");
        return true;
    }
}
