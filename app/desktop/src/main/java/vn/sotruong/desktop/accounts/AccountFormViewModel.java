package vn.sotruong.desktop.accounts;

import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.Role;

/** The fields of the three account forms (new person, password reset, roles) and their outcome. */
public final class AccountFormViewModel {
    public enum Kind { ADD, RESET, ROLES }

    private final AccountsViewModel accounts;
    private final Kind kind;
    private final Account account;
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final RoleChoice roles;

    /** @param account the account a reset or role change is for; null for a new person */
    public AccountFormViewModel(AccountsViewModel accounts, Kind kind, Account account) {
        this.accounts = accounts;
        this.kind = kind;
        this.account = account;
        this.roles = new RoleChoice(account == null ? Set.of() : account.roles());
    }

    /** True when the service accepted the change. */
    public boolean submit() {
        String message = switch (kind) {
            case ADD -> accounts.addPerson(fullName.get(), login.get(), position.get(), roles.selected(),
                    password.get(), repeat.get());
            case RESET -> accounts.resetPassword(account, password.get(), repeat.get());
            case ROLES -> accounts.setRoles(account, roles.selected());
        };
        error.set(message);
        if (message.isEmpty()) {
            password.set("");
            repeat.set("");
        }
        return message.isEmpty();
    }

    public Kind kind() {
        return kind;
    }

    public Account account() {
        return account;
    }

    public RoleChoice roles() {
        return roles;
    }

    public int minPasswordLength() {
        return accounts.minPasswordLength();
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty errorProperty() {
        return error;
    }

    static Set<Role> none() {
        return Set.of();
    }
}
