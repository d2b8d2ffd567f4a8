package vn.sotruong.desktop.audit;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Nhật ký: the latest audit entries and a check of the hash chain, through core's audit service.
 */
public final class AuditViewModel {
    static final int LIMIT = 500;

    private final Session session;
    private final UiText text;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty chain = new SimpleStringProperty("");
    private final StringProperty chainError = new SimpleStringProperty("");

    public AuditViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        reload();
    }

    public final void reload() {
        entries.setAll(session.services().audit().latest(session.actor(), LIMIT));
    }

    public void verifyChain() {
        var broken = session.services().audit().verify(session.actor());
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
