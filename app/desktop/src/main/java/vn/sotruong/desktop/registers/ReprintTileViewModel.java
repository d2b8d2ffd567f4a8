package vn.sotruong.desktop.registers;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import vn.sotruong.core.registers.PrintStatusService;
import vn.sotruong.core.security.Permission;
import vn.sotruong.desktop.common.Session;

/**
 * The home page's reminder for those who print the books: how many printed books are out of date and not printed
 * again since ("N sổ đã in cần in lại"). Counted in the background; zero (no tile) for anyone else.
 */
public final class ReprintTileViewModel {
    private final IntegerProperty count = new SimpleIntegerProperty(0);

    public ReprintTileViewModel(Session session, PrintStatusService standing) {
        if (!session.actor().has(Permission.REGISTERS_PRINT) || session.currentYear().isEmpty()) {
            return;
        }
        long year = session.currentYear().get().id();
        session.background().run(() -> standing.toReprint(session.actor(), year).size(), count::set, failure -> {
            // the reminder is a convenience: the In sổ page shows the same list with any failure's reason
            System.getLogger(ReprintTileViewModel.class.getName()).log(System.Logger.Level.WARNING,
                    "could not check the printed books", failure);
        });
    }

    public IntegerProperty countProperty() {
        return count;
    }
}
