package vn.sotruong.desktop.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The daily automatic backup while the app runs (sao lưu tự động hằng ngày): shortly after start-up
 * and then every half hour it asks the live store whether today's backup is still due
 * ({@link LiveStore#dailyBackupIfDue}). One daemon thread; a failure is logged and tried again later.
 */
public final class DailyBackups implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(DailyBackups.class.getName());

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sotruong-daily-backup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** @param firstCheck after start-up, so the first screen is not slowed by a backup */
    public DailyBackups(LiveStore store, Duration firstCheck, Duration every) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                store.dailyBackupIfDue().ifPresent(w -> LOG.log(System.Logger.Level.INFO,
                        "daily automatic backup " + w.file() + " in " + w.took().toMillis() + " ms"));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "daily automatic backup failed: " + e.getMessage(), e);
            }
        }, firstCheck.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets a backup under way finish (the store's close waits for it), starts no new one. */
    @Override
    public void close() {
        timer.shutdown();
    }
}
