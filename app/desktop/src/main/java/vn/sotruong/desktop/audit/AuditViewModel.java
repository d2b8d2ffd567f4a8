package vn.sotruong.desktop.audit;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditVerification;
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
    private final LongProperty broken = new SimpleLongProperty(0);

    public AuditViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        reload();
    }

    public final void reload() {
        entries.setAll(session.services().audit().latest(session.actor(), LIMIT));
    }

    /**
     * Kiểm tra chuỗi: the hash chain with its signed checkpoints (in the database and the copy outside it); names
     * the first broken entry (and what it was), a cut tail and a forged checkpoint.
     */
    public void verifyChain() {
        AuditVerification v;
        try {
            v = session.services().audit().check(session.actor());
        } catch (RuntimeException e) {
            chain.set("");
            chainError.set(text.error(e));
            return;
        }
        List<String> problems = new ArrayList<>();
        broken.set(v.firstBroken().isPresent() ? v.firstBroken().getAsLong() : 0);
        v.firstBroken().ifPresent(id -> problems.add(text.t("audit.chain.broken", id)
                + session.services().audit().entry(session.actor(), id).map(this::described).orElse("")));
        v.truncation().ifPresent(t -> problems.add(text.t("audit.chain.truncated", t.stopsAt(), t.checkpointId(),
                text.dateTime(t.signedAt(), Session.SCHOOL_ZONE), t.reached())));
        v.forgedCheckpoints().forEach(id -> problems.add(text.t("audit.chain.forged", id)));
        if (problems.isEmpty()) {
            chainError.set("");
            chain.set(text.t("audit.chain.ok") + (v.checkpoints() > 0
                    ? " " + text.t("audit.chain.checkpoints", v.checkpoints(), v.chainEnd()) : ""));
        } else {
            chain.set("");
            chainError.set(String.join("\n", problems));
        }
    }

    /** " (Sửa điểm, gv.toan1, 15/10/2026 10:00)": what the broken entry says it is. */
    private String described(AuditEntry e) {
        String kind = text.has("audit.kind." + e.kind()) ? text.t("audit.kind." + e.kind()) : e.kind().name();
        return " " + text.t("audit.chain.entry", kind, e.actorLogin(), text.dateTime(e.at(), Session.SCHOOL_ZONE),
                e.target() + (e.detail() == null || e.detail().isBlank() ? "" : " — " + e.detail()));
    }

    /** The number of the first broken entry after a check, 0 when none (the page selects it). */
    public LongProperty brokenProperty() {
        return broken;
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
