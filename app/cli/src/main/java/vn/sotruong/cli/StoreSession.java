package vn.sotruong.cli;

import java.nio.file.Path;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.LoginResult;
import vn.sotruong.data.backup.AutomaticBackups;
import vn.sotruong.data.store.DataFolders;
import vn.sotruong.data.store.Store;

/** The store of {@code --data} (or the per-user folder), open for one command, and who is signed in. */
final class StoreSession implements AutoCloseable {
    static final String WORKSTATION = "cli";

    private final Store store;

    private StoreSession(Store store) {
        this.store = store;
    }

    /** Opens as the app does: a store about to be migrated is backed up into its automatic folder first. */
    static StoreSession open(RootCommand root) {
        Path dir = root.data != null ? root.data : DataFolders.defaultDataDir();
        return new StoreSession(AutomaticBackups.openStore(dir, root.context().clock()));
    }

    /** The open store itself, for the data-module services (backup) that work on the whole store. */
    Store store() {
        return store;
    }

    CoreServices services() {
        return store.services();
    }

    /**
     * Signs in through the same service as the desktop. While a password change is due only
     * {@code user passwd} may go on ({@code mayChangePasswordOnly}); anything else is refused.
     */
    Actor signIn(String login, char[] password, boolean mayChangePasswordOnly) {
        LoginResult r = services().auth().login(login, password, WORKSTATION);
        if (r.changeDue().isPresent() && !mayChangePasswordOnly) {
            throw new DomainException("auth.passwordChangeRequired");
        }
        return r.actor();
    }

    @Override
    public void close() {
        store.close();
    }
}
