package vn.sotruong.desktop.audit;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.security.Permission;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Nhật ký: the latest audit entries and a check of the hash chain. Core has no audit read service
 * yet, so the permission is checked here before the log is read (see docs/desktop-notes.md).
 */
public final class AuditViewModel {
    static final int LIMIT = 500;

    private final Session session;
    private final AuditLog log;
    private final UiText text;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty chain = new SimpleStringProperty("");
    private final StringProperty chainError = new SimpleStringProperty("");

    public AuditViewModel(Session session, AuditLog log, UiText text) {
        session.actor().require(Permission.AUDIT_VIEW);
        this.session = session;
        this.log = log;
        this.text = text;
        reload();
    }

    public final void reload() {
        session.actor().require(Permission.AUDIT_VIEW);
        entries.setAll(log.latest(LIMIT));
    }

    public void verifyChain() {
        session.actor().require(Permission.AUDIT_VIEW);
        var broken = log.firstBrokenEntry();
        if (broken.isPresent()) {
            chain.set("");
            chainError.set(text.t("audit.chain.broken", broken.getAsLong()));
        } else {
            chainError.set("");
            chain.set(text.t("audit.chain.ok"));
        }
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public StringProperty chainProperty() {
        return chain;
    }

    public StringProperty chainErrorProperty() {
        return chainError;
    }
}
