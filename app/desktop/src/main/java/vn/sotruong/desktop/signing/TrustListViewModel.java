package vn.sotruong.desktop.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.signature.CertificateBinding;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.TrustListService;
import vn.sotruong.core.signature.TrustedRoot;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Danh sách tin cậy: the roots of Vietnamese CAs the administrator imported (a file's fingerprint shown first, added
 * only when confirmed; removable), and the certificates registered as a person's — one's own registered here, confirmed
 * by an account manager. Every step is the service's; a refusal shows why and changes nothing (ADR 0037).
 */
public final class TrustListViewModel {
    /** One imported root: its name, SHA-256 fingerprint (grouped), validity, who added it. */
    public record RootRow(String name, String fingerprint, String validUntil, String addedBy, String key) {
    }

    /** One registered certificate: whose, its name and issuer, fingerprint, confirmed or waiting. */
    public record BindingRow(String login, String name, String issuer, String fingerprint, String state,
                             boolean confirmed, String key) {
    }

    private final Session session;
    private final UiText text;
    private final TrustListService trust;
    private final StringProperty error;
    private final StringProperty info;
    private final ObservableList<RootRow> roots = FXCollections.observableArrayList();
    private final ObservableList<BindingRow> bindings = FXCollections.observableArrayList();
    private final StringProperty pending = new SimpleStringProperty("");
    private final BooleanProperty hasPending = new SimpleBooleanProperty(false);
    private final BooleanProperty mayManageRoots;
    private final BooleanProperty mayConfirm;
    private final ObjectProperty<byte[]> pendingFile = new SimpleObjectProperty<>();

    /** @param error the page's error line; {@code info} its confirmation line */
    TrustListViewModel(Session session, UiText text, StringProperty error, StringProperty info) {
        this.session = session;
        this.text = text;
        this.trust = session.services().signatures().trust();
        this.error = error;
        this.info = info;
        this.mayManageRoots = new SimpleBooleanProperty(session.actor().has(Permission.SCHOOL_SETUP));
        this.mayConfirm = new SimpleBooleanProperty(session.actor().has(Permission.ACCOUNTS_MANAGE));
        reload();
    }

    public void reload() {
        roots.setAll(trust.roots().stream().map(this::row).toList());
        bindings.setAll(trust.bindings(session.actor()).stream().map(this::row).toList());
    }

    private RootRow row(TrustedRoot r) {
        return new RootRow(Certificates.commonName(r.x509()), TrustListService.grouped(r.fingerprint()),
                date(r.notAfter()), r.addedBy(), r.fingerprint());
    }

    private BindingRow row(CertificateBinding b) {
        return new BindingRow(b.login(), Certificates.commonName(b.x509()), Certificates.issuerName(b.x509()),
                TrustListService.grouped(b.fingerprint()),
                text.t(b.confirmed() ? "trust.state.confirmed" : "trust.state.pending"), b.confirmed(),
                b.fingerprint());
    }

    /**
     * Reads a CA certificate file and shows its name and fingerprint for confirmation; nothing is added yet. A file
     * that is no CA certificate is refused with the reason.
     */
    public boolean preview(Path file) {
        cancel();
        info.set("");
        return Attempt.run(text, error, () -> {
            byte[] content = read(file);
            TrustedRoot seen = trust.preview(content);
            pendingFile.set(content);
            pending.set(text.t("trust.preview", Certificates.commonName(seen.x509()),
                    TrustListService.grouped(seen.fingerprint()), date(seen.notAfter())));
            hasPending.set(true);
        });
    }

    /** Thêm: the previewed certificate joins the trust list. */
    public boolean add() {
        byte[] content = pendingFile.get();
        if (content == null) {
            return false;
        }
        boolean ok = Attempt.run(text, error, () -> trust.add(session.actor(), content));
        if (ok) {
            cancel();
            reload();
            info.set(text.t("trust.done.added"));
        }
        return ok;
    }

    public void cancel() {
        pendingFile.set(null);
        pending.set("");
        hasPending.set(false);
    }

    /** Bỏ: the root leaves the list; signatures that chain only to it are no longer trusted. */
    public boolean remove(RootRow r) {
        if (r == null) {
            return false;
        }
        info.set("");
        boolean ok = Attempt.run(text, error, () -> trust.remove(session.actor(), r.key()));
        if (ok) {
            reload();
            info.set(text.t("trust.done.removed", r.name()));
        }
        return ok;
    }

    /** Đăng ký: the reader's own certificate (.cer/.crt of their USB token or .p12), waiting for confirmation. */
    public boolean register(Path file) {
        info.set("");
        boolean ok = Attempt.run(text, error, () -> {
            CertificateBinding b = trust.register(session.actor(), session.actor().login(), read(file));
            info.set(text.t(b.confirmed() ? "trust.done.registeredConfirmed" : "trust.done.registered",
                    Certificates.commonName(b.x509())));
        });
        if (ok) {
            reload();
        }
        return ok;
    }

    /** Xác nhận: an account manager confirms a registered certificate is the person's. */
    public boolean confirm(BindingRow b) {
        if (b == null) {
            return false;
        }
        info.set("");
        boolean ok = Attempt.run(text, error, () -> trust.confirm(session.actor(), b.login(), b.key()));
        if (ok) {
            reload();
            info.set(text.t("trust.done.confirmed", b.name(), b.login()));
        }
        return ok;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException("trust.unreadable");
        }
    }

    private String date(java.time.Instant at) {
        return text.date(at.atZone(Session.SCHOOL_ZONE).toLocalDate());
    }

    public ObservableList<RootRow> roots() {
        return roots;
    }

    public ObservableList<BindingRow> bindings() {
        return bindings;
    }

    /** The previewed certificate's name, fingerprint and validity, to compare before adding. */
    public StringProperty pendingProperty() {
        return pending;
    }

    public BooleanProperty hasPendingProperty() {
        return hasPending;
    }

    public BooleanProperty mayManageRootsProperty() {
        return mayManageRoots;
    }

    public BooleanProperty mayConfirmProperty() {
        return mayConfirm;
    }
}
