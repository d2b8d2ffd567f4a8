package vn.sotruong.data.backup;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.Schools;

/**
 * The process {@link KillNineTest} kills: opens the store, signs in the administrator and backs up or
 * restores, printing each progress report. At the chosen point it prints {@code PAUSED} and waits
 * forever, so the parent kills it exactly there — no timing guesses.
 *
 * <p>Arguments: {@code backup|restore DATA_DIR TARGET_DIR|BACKUP_FILE STAGE MIN_DONE EPOCH_MILLIS};
 * the backup password in {@code SOTRUONG_BACKUP_PASSWORD}.
 */
public final class KillNineChild {
    private KillNineChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String op = args[0];
        Path data = Path.of(args[1]);
        Path target = Path.of(args[2]);
        BackupProgress.Stage pauseStage = BackupProgress.Stage.valueOf(args[3]);
        double pauseAt = Double.parseDouble(args[4]);
        Clock clock = Clock.fixed(Instant.ofEpochMilli(Long.parseLong(args[5])), ZoneOffset.UTC);
        char[] password = System.getenv("SOTRUONG_BACKUP_PASSWORD").toCharArray();
        BackupProgress progress = (stage, done) -> {
            out.println("PROGRESS " + stage + " " + done);
            if (stage == pauseStage && done >= pauseAt) {
                out.println("PAUSED " + stage + " " + done);
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        Store store = Store.open(data, clock);
        Actor admin = Schools.admin(store.services());
        BackupService service = new BackupService(store, clock);
        if (op.equals("backup")) {
            service.create(admin, target, password, progress);
        } else {
            service.restore(admin, target, password, false, progress);
        }
        store.close();
        out.println("FINISHED");
    }
}
