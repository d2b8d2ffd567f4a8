package vn.sotruong.desktop.locks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.deadline.DueDates;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.locks.LockAction;
import vn.sotruong.core.locks.LockDecision;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Khóa sổ điểm: the year's lock decisions (newest first, who recorded them and whose decision they were), and the
 * automatic locks at each deadline with the school setting. Locking and opening go through {@link LockFormViewModel}.
 */
public final class LocksViewModel {
    /** One decision as shown in the table. */
    public record DecisionRow(String at, String action, String scope, String columns, String decidedBy,
                              String recordedBy, String reason, String until, boolean open) {
    }

    /** A kind of column and, for each term, its deadline and what the automatic lock does about it today. */
    public record DeadlineRow(String column, String term1, String term2) {
    }

    private final Session session;
    private final UiText text;
    private final SchoolYear year;
    private final LockTexts names;
    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final ObservableList<DeadlineRow> deadlines = FXCollections.observableArrayList();
    private final StringProperty automatic = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty automaticOn = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public LocksViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        this.year = session.currentYear().orElseThrow(() -> new vn.sotruong.core.common.DomainException("year.noneOpen"));
        this.names = new LockTexts(text, session.services().organisation().classes(session.actor(), year.id()),
                session.services().years().subjects(year.id()));
        reload();
    }

    public final void reload() {
        try {
            List<DecisionRow> rows = new ArrayList<>();
            for (LockDecision d : session.services().locks().decisions(session.actor(), year.id()).reversed()) {
                boolean open = d.action() == LockAction.OPEN;
                rows.add(new DecisionRow(text.dateTime(d.recordedAt(), Session.SCHOOL_ZONE),
                        text.t("locks.action." + d.action()), names.scope(d.scope()), names.columns(d.columns()),
                        d.decidedBy(), d.recordedBy(), d.reason(),
                        open ? (d.openUntil() == null ? text.t("locks.until.none") : text.date(d.openUntil())) : "", open));
            }
            decisions.setAll(rows);
            deadlines.setAll(deadlineRows());
        } catch (RuntimeException e) {
            error.set(text.error(e));
        }
    }

    private List<DeadlineRow> deadlineRows() {
        boolean on = session.services().locks().automatic();
        automaticOn.set(on);
        automatic.set(text.t(on ? "locks.automatic.on" : "locks.automatic.off"));
        DueDates due = session.services().progress().dueDates(year.id());
        LocalDate today = session.today();
        List<DeadlineRow> rows = new ArrayList<>();
        String[][] kinds = {{"tx1", ".TX1"}, {"tx2", ".TX2"}, {"gk", ".GK"}, {"ck", ".CK"}, {"conduct", ""}};
        for (String[] k : kinds) {
            String[] terms = new String[2];
            for (int t = 1; t <= 2; t++) {
                ColumnKind kind = k[1].isEmpty() ? ColumnKind.CONDUCT : ColumnKind.SCORE;
                terms[t - 1] = state(due.due(new Column("HK" + t + k[1], kind, "", t, true), 2), on, today);
            }
            rows.add(new DeadlineRow(text.t("locks.deadline." + k[0]), terms[0], terms[1]));
        }
        rows.add(new DeadlineRow(text.t("locks.deadline.summer"), "",
                state(due.due(new Column("HE", ColumnKind.SCORE, "", 0, true), 2), on, today)));
        return rows;
    }

    /** "01/11/2026 · Còn hạn", "01/11/2026 · Đã khóa từ 02/11/2026". */
    private String state(java.util.Optional<LocalDate> due, boolean on, LocalDate today) {
        LocalDate d = due.orElse(null);
        if (d == null) {
            return "";
        }
        boolean passed = today.isAfter(d);
        String status = !on ? text.t("locks.deadline.off") : passed ? text.t("locks.deadline.locked", text.date(d.plusDays(1)))
                : text.t("locks.deadline.open");
        return text.date(d) + " · " + status;
    }

    /** The form of "Khóa" ({@code LOCK}) or "Mở khóa" ({@code OPEN}). */
    public LockFormViewModel form(LockAction action) {
        return new LockFormViewModel(session, text, year, action);
    }

    /** After a form saved: the table again and what was done. */
    public void saved(LockAction action) {
        reload();
        error.set("");
        info.set(text.t("locks.saved." + action));
    }

    /** Bật / tắt tự động khóa (principal or administrator); a refusal shows and the switch goes back. */
    public boolean switchAutomatic(boolean on) {
        info.set("");
        boolean ok = vn.sotruong.desktop.common.Attempt.run(text, error,
                () -> session.services().locks().setAutomatic(session.actor(), on));
        reload();
        if (ok) {
            info.set(text.t(on ? "locks.automatic.switchedOn" : "locks.automatic.switchedOff"));
        }
        return ok;
    }

    /** Whether the automatic-lock switch shows. */
    public boolean maySwitchAutomatic() {
        return vn.sotruong.core.locks.LockService.maySwitchAutomatic(session.actor());
    }

    public javafx.beans.property.BooleanProperty automaticOnProperty() {
        return automaticOn;
    }

    /** Whether the buttons show: recording decisions is the administrator's (the service checks again). */
    public boolean mayManage() {
        return session.actor().has(Permission.LOCKS_MANAGE);
    }

    public String title() {
        return text.t("locks.title", year.label());
    }

    public ObservableList<DecisionRow> decisions() {
        return decisions;
    }

    public ObservableList<DeadlineRow> deadlines() {
        return deadlines;
    }

    public StringProperty automaticProperty() {
        return automatic;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
