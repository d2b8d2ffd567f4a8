package vn.sotruong.data.backup;

import java.io.OutputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.UnaryOperator;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.data.store.Store;

/**
 * Backing up and restoring one open store, for those who hold {@link Permission#BACKUP} (by default
 * the system administrator). The desktop and the command line both come through here, so the
 * permission check and the audit record cannot be skipped.
 */
public final class BackupService {
    /** Short backup passwords make a lost stick easy to open: the same floor as accounts. */
    static final int MIN_PASSWORD = 8;

    private final Store store;
    private final BackupWriter writer;
    private final BackupRestorer restorer;

    public BackupService(Store store, Clock clock) {
        this(store, clock, UnaryOperator.identity());
    }

    /** {@code device} wraps the stream to the backup file: tests inject failures there. */
    BackupService(Store store, Clock clock, UnaryOperator<OutputStream> device) {
        OpenPgpEnvelope envelope = new OpenPgpEnvelope(new SecureRandom());
        this.store = store;
        this.writer = new BackupWriter(envelope, clock, device);
        this.restorer = new BackupRestorer(envelope, clock);
    }

    /**
     * Writes a verified backup of the whole store into {@code targetDir}.
     * Refusals: {@code auth.denied}, {@code backup.passwordTooShort}, {@code backup.targetNotWritable},
     * {@code backup.writeFailed}, {@code backup.verifyFailed}.
     */
    public BackupWritten create(Actor actor, Path targetDir, char[] password) {
        actor.require(Permission.BACKUP);
        if (password.length < MIN_PASSWORD) {
            throw new DomainException("backup.passwordTooShort", MIN_PASSWORD);
        }
        BackupWritten done = writer.write(store, targetDir, password);
        var stores = store.services().stores();
        stores.transactions().run(() -> stores.audit().record(new AuditEvent(actor.login(), AuditKind.BACKUP_CREATED,
                "backup:" + done.file().getFileName(), "bytes=" + done.bytes() + "; rows="
                        + done.manifest().totalRows(), actor.workstation())));
        return done;
    }

    /**
     * Replaces the store's data with the backup's, after every check (see {@link BackupRestorer}).
     * A backup of another school needs {@code otherSchool}; the restore is recorded in the restored
     * store's audit trail. The store this service was made with is closed afterwards.
     */
    public RestoreDone restore(Actor actor, Path backup, char[] password, boolean otherSchool) {
        actor.require(Permission.BACKUP);
        return restorer.restore(store, actor, backup, password, otherSchool);
    }
}
