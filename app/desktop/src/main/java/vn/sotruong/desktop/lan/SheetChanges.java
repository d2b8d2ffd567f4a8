package vn.sotruong.desktop.lan;

import java.util.function.Consumer;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.server.wire.Wire.SheetView;

/**
 * Theo dõi thay đổi của sổ: the change counter of the open sheet as last seen, and the question to the office PC
 * whether it grew (someone saved meanwhile). One question at a time.
 */
final class SheetChanges {
    private final GradebookPort port;
    private final Background background;
    private long known = -1;
    private boolean asking;

    SheetChanges(GradebookPort port, Background background) {
        this.port = port;
        this.background = background;
    }

    /** A sheet was read: its counter is the one known now (a different sheet starts afresh). */
    void seen(SheetView v, boolean sameSheet) {
        known = Math.max(sameSheet ? known : -1, v.changes());
    }

    /**
     * Asks whether the sheet changed since it was read; {@code changed} runs when it did, {@code answered} after any
     * answer, {@code failed} when the question failed.
     */
    void ask(SheetView v, Runnable answered, Runnable changed, Consumer<Throwable> failed) {
        if (v == null || asking) {
            return;
        }
        asking = true;
        background.run(() -> port.changes(v.classId(), UnsentEntries.ref(v.area(), v.item())), n -> {
            asking = false;
            answered.run();
            if (n > known) {
                changed.run();
            }
        }, failure -> {
            asking = false;
            failed.accept(failure);
        });
    }
}
