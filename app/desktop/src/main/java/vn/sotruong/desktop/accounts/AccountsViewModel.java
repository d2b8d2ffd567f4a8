package vn.sotruong.desktop.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.AccountService;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Tài khoản: the administrator's list of people and their accounts. Every action goes through
 * {@link AccountService}, which refuses what would lock the school out (the last administrator).
 */
public final class AccountsViewModel {
    public record Row(Account account, Optional<Instant> lockedUntil) {
        public boolean locked() {
            return lockedUntil.isPresent();
        }
    }

    private final Session session;
    private final AccountService accounts;
    private final LockStatus locks;
    private final UiText text;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public AccountsViewModel(Session session, LockStatus locks, UiText text) {
        this.session = session;
        this.accounts = session.services().accounts();
        this.locks = locks;
        this.text = text;
        this.clock = session.clock();
        reload();
    }

    public final void reload() {
        Instant now = clock.instant();
        rows.setAll(accounts.accounts(session.actor()).stream()
                .sorted(Comparator.comparing(Account::active).reversed()
                        .thenComparing(Account::fullName, VietnameseText.personNameOrder()))
                .map(a -> new Row(a, locks.lockedUntil(a.login()).filter(now::isBefore)))
                .toList());
    }

    /** Adds a person; the password they get must be changed at first sign-in. Returns an error or "". */
    public String addPerson(String fullName, String login, String position, Set<Role> roles, String password,
                            String repeat) {
        if (!password.equals(repeat)) {
            return text.code("password.mismatch");
        }
        char[] pw = password.toCharArray();
        try {
            accounts.addPerson(session.actor(), new NewPerson(fullName, login, roles,
                    position == null || position.isBlank() ? null : position, null, pw));
        } catch (RuntimeException e) {
            return text.error(e);
        } finally {
            Arrays.fill(pw, '\0');
        }
        done(text.t("accounts.added", fullName.strip()));
        return "";
    }

    public String resetPassword(Account a, String password, String repeat) {
        if (!password.equals(repeat)) {
            return text.code("password.mismatch");
        }
        char[] pw = password.toCharArray();
        try {
            accounts.resetPassword(session.actor(), a.id(), pw);
        } catch (RuntimeException e) {
            return text.error(e);
        } finally {
            Arrays.fill(pw, '\0');
        }
        done(text.t("accounts.resetDone", a.login()));
        return "";
    }

    public String setRoles(Account a, Set<Role> roles) {
        try {
            accounts.setRoles(session.actor(), a.id(), roles);
        } catch (RuntimeException e) {
            return text.error(e);
        }
        done(text.t("accounts.rolesDone", a.login()));
        return "";
    }

    public void deactivate(Account a) {
        act(() -> accounts.deactivate(session.actor(), a.id()), text.t("accounts.deactivated", a.login()));
    }

    public void unlock(Account a) {
        act(() -> accounts.unlock(session.actor(), a.login()), text.t("accounts.unlocked", a.login()));
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
        } catch (RuntimeException e) {
            info.set("");
            error.set(text.error(e));
            reload();
            return;
        }
        done(success);
    }

    private void done(String message) {
        error.set("");
        info.set(message);
        reload();
    }

    public int minPasswordLength() {
        return session.services().auth().securitySettings().minPasswordLength();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
