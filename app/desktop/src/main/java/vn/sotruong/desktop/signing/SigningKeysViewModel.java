package vn.sotruong.desktop.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.SignatureService;
import vn.sotruong.core.signature.SigningKey;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Chữ ký số: the school's certificate authority (created here when missing, by whoever sets the school up), the
 * staff's current certificates with their validity, and the key steps — issue a personal key (the password typed
 * twice), export it as .p12, import one's own .p12 (e.g. from a Vietnamese CA). Every step is the service's; a
 * refusal shows why and changes nothing.
 */
public final class SigningKeysViewModel {
    /** One current certificate. */
    public record KeyRow(String login, String name, String serial, String issuer, String validUntil, String origin,
                         String state, boolean valid) {
    }

    private final Session session;
    private final UiText text;
    private final SignatureService signatures;
    private final ObservableList<KeyRow> keys = FXCollections.observableArrayList();
    private final ObservableList<String> logins = FXCollections.observableArrayList();
    private final StringProperty authority = new SimpleStringProperty("");
    private final BooleanProperty mayCreateAuthority = new SimpleBooleanProperty(false);
    private final BooleanProperty manager;
    private final ObjectProperty<String> login = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty importFile = new SimpleStringProperty("");
    private final StringProperty importPassword = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final TrustListViewModel trust;

    public SigningKeysViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        this.signatures = session.services().signatures();
        this.manager = new SimpleBooleanProperty(session.actor().has(Permission.ACCOUNTS_MANAGE));
        if (manager.get()) {
            logins.setAll(session.services().accounts().accounts(session.actor()).stream().filter(Account::active)
                    .map(Account::login).toList());
        } else {
            logins.setAll(session.actor().login());
        }
        login.set(session.actor().login());
        this.trust = new TrustListViewModel(session, text, error, info);
        reload();
    }

    /** The trust list: imported CA roots and registered certificates (ADR 0037). */
    public TrustListViewModel trust() {
        return trust;
    }

    public final void reload() {
        Instant now = session.clock().instant();
        var root = signatures.authority();
        mayCreateAuthority.set(root.isEmpty() && session.actor().has(Permission.SCHOOL_SETUP));
        authority.set(root.map(c -> text.t("keys.authority", Certificates.commonName(c),
                text.date(c.getNotAfter().toInstant().atZone(Session.SCHOOL_ZONE).toLocalDate())))
                .orElse(text.t("keys.noAuthority")));
        List<KeyRow> rows = new ArrayList<>();
        for (SigningKey k : signatures.currentKeys(session.actor())) {
            X509Certificate c = Certificates.parse(k.certificate());
            boolean valid = !now.isBefore(c.getNotBefore().toInstant()) && !now.isAfter(c.getNotAfter().toInstant());
            boolean school = root.map(r -> Certificates.issuedBy(c, r)).orElse(false);
            rows.add(new KeyRow(k.login(), Certificates.commonName(c), k.serial(), school ? text.t("keys.issuer.school")
                    : k.issuer(), text.date(k.notAfter().atZone(Session.SCHOOL_ZONE).toLocalDate()),
                    text.t("keys.origin." + k.origin()), text.t(valid ? "keys.state.valid" : "keys.state.expired"), valid));
        }
        keys.setAll(rows);
    }

    /** Tạo tổ chức cấp chứng thư số của trường (once). */
    public boolean createAuthority() {
        info.set("");
        boolean ok = Attempt.run(text, error, () -> signatures.createAuthority(session.actor()));
        if (ok) {
            reload();
            info.set(text.t("keys.authorityCreated"));
        }
        return ok;
    }

    /** Cấp khóa ký: for the chosen account, sealed with the password typed twice. */
    public boolean issue() {
        info.set("");
        char[] p = password.get() == null ? new char[0] : password.get().toCharArray();
        char[] r = repeat.get() == null ? new char[0] : repeat.get().toCharArray();
        password.set("");
        repeat.set("");
        try {
            boolean ok = Attempt.run(text, error, () -> {
                if (!Arrays.equals(p, r)) {
                    throw new DomainException("keys.passwordsDiffer");
                }
                signatures.issue(session.actor(), login.get(), p);
            });
            if (ok) {
                reload();
                info.set(text.t("keys.issued", login.get()));
            }
            return ok;
        } finally {
            Arrays.fill(p, '\0');
            Arrays.fill(r, '\0');
        }
    }

    /** Xuất tệp .p12: the chosen account's current key, still sealed with its key password, to {@code file}. */
    public boolean exportTo(Path file) {
        info.set("");
        boolean ok = Attempt.run(text, error, () -> {
            byte[] p12 = signatures.export(session.actor(), login.get());
            try {
                Files.write(file, p12);
            } catch (IOException e) {
                throw new DomainException("keys.cannotWrite", file.getFileName().toString());
            }
        });
        if (ok) {
            info.set(text.t("keys.exported", login.get(), file.getFileName().toString()));
        }
        return ok;
    }

    /** Nhập tệp .p12: replaces one's own key with the file's, opened with its password. */
    public boolean importOwn() {
        info.set("");
        char[] p = importPassword.get() == null ? new char[0] : importPassword.get().toCharArray();
        importPassword.set("");
        try {
            boolean ok = Attempt.run(text, error, () -> {
                String f = importFile.get() == null ? "" : importFile.get().strip();
                if (f.isEmpty()) {
                    throw new DomainException("sign.fileMissing");
                }
                byte[] content;
                try {
                    content = Files.readAllBytes(Path.of(f));
                } catch (IOException | RuntimeException e) {
                    throw new DomainException("minutes.fileUnreadable", Path.of(f).getFileName().toString());
                }
                signatures.importKey(session.actor(), content, p);
            });
            if (ok) {
                reload();
                info.set(text.t("keys.imported"));
            }
            return ok;
        } finally {
            Arrays.fill(p, '\0');
        }
    }

    public ObservableList<KeyRow> keys() {
        return keys;
    }

    public ObservableList<String> logins() {
        return logins;
    }

    public StringProperty authorityProperty() {
        return authority;
    }

    public BooleanProperty mayCreateAuthorityProperty() {
        return mayCreateAuthority;
    }

    /** Whether the reader issues and exports keys for others (an account manager). */
    public BooleanProperty managerProperty() {
        return manager;
    }

    public ObjectProperty<String> loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty importFileProperty() {
        return importFile;
    }

    public StringProperty importPasswordProperty() {
        return importPassword;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
