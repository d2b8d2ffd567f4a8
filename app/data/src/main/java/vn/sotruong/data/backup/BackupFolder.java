package vn.sotruong.data.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotruong.data.backup.BackupFileName.Parsed;

/**
 * A folder of backups (a USB stick, or the automatic folder on this PC) and its ledger: what it holds,
 * and the clean-up after a new backup — learning of earlier backups the ledger does not know (by
 * verifying them with the password at hand), recording the new one, and removing the generations
 * {@link BackupRotation} lets go. Files not named like our backups, other schools' backups, and
 * backups not verified here are never touched.
 */
final class BackupFolder {
    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);

    private BackupFolder() {
    }

    /** Our backups in {@code dir} (any school), newest first; a missing or unreadable folder has none. */
    static List<BackupListing> list(Path dir) {
        List<BackupListing> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        BackupLedger ledger = BackupLedger.read(dir);
        for (Path f : backupFiles(dir)) {
            Parsed p = BackupFileName.parse(f.getFileName().toString()).orElseThrow();
            long bytes = size(f);
            Optional<LedgerEntry> e = ledger.find(f.getFileName().toString());
            if (e.isPresent() && e.get().bytes() == bytes) {
                out.add(new BackupListing(f, e.get().school().name(), e.get().created(), bytes, p.kind(),
                        BackupListing.Check.VERIFIED));
            } else {
                out.add(new BackupListing(f, e.map(x -> x.school().name()).orElse(p.slug()),
                        e.map(LedgerEntry::created).orElse(p.created()), bytes, p.kind(),
                        e.isPresent() ? BackupListing.Check.CHANGED : BackupListing.Check.NOT_VERIFIED));
            }
        }
        out.sort(Comparator.comparing(BackupListing::created).thenComparing(BackupListing::name).reversed());
        return out;
    }

    /**
     * Records {@code made} (just verified in {@code dir}) in the ledger and rotates this school's
     * backups to {@code keep}. Never throws: the backup itself is done; a clean-up that fails is logged
     * and leaves files in place.
     */
    static Rotation afterBackup(BackupWriter.Written made, BackupKind kind, SchoolIdentity school, int keep,
                                char[] password, BackupVerifier verifier, Clock clock, ProgressMeter meter) {
        Path dir = made.file().getParent();
        try {
            BackupLedger ledger = BackupLedger.read(dir);
            ledger.entries().stream().filter(e -> !Files.exists(dir.resolve(e.file()))).forEach(e -> ledger.remove(e.file()));
            String slug = BackupFileName.slug(made.manifest().schoolName());
            learn(dir, ledger, made.file(), slug, password, verifier, clock, meter);
            LedgerEntry entry = ledger.add(made.file().getFileName().toString(), made.bytes(), made.manifest(), kind,
                    clock.instant());
            // the new backup is on record before anything is removed
            ledger.save();
            List<LedgerEntry> others = ledger.entries().stream()
                    .filter(e -> e.seq() != entry.seq() && e.school().sameSchool(school)
                            && size(dir.resolve(e.file())) == e.bytes())
                    .toList();
            BackupRotation.Plan plan = BackupRotation.plan(others, entry, keep, clock.instant());
            List<Path> removed = new ArrayList<>();
            for (LedgerEntry e : plan.remove()) {
                Path f = dir.resolve(e.file());
                try {
                    Files.deleteIfExists(f);
                    ledger.remove(e.file());
                    removed.add(f);
                } catch (IOException x) {
                    LOG.warn("Rotation could not remove {}: {}", f, x.toString());
                }
            }
            removeLeftovers(dir, slug, made.file());
            ledger.save();
            sync(dir);
            if (!removed.isEmpty()) {
                LOG.info("Rotation in {} removed {}", dir, removed);
            }
            return new Rotation(removed, others.size() + 1 - removed.size(), plan.datedLater());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Backup ledger or rotation in {} failed; nothing more removed", dir, e);
            return Rotation.none();
        }
    }

    /**
     * Backups named like this school's that the ledger does not know (written before the ledger existed,
     * or the ledger was lost): verified with the password at hand, oldest first, so they get ledger
     * numbers below the new backup's, and recorded with the school their manifest names (a namesake
     * school's stay theirs). One that does not open or is damaged stays unknown — and is kept.
     */
    private static void learn(Path dir, BackupLedger ledger, Path made, String slug, char[] password,
                              BackupVerifier verifier, Clock clock, ProgressMeter meter) {
        List<Path> unknown = new ArrayList<>();
        for (Path f : backupFiles(dir)) {
            String name = f.getFileName().toString();
            if (!f.equals(made) && ledger.find(name).isEmpty()
                    && BackupFileName.parse(name).map(p -> p.slug().equals(slug)).orElse(false)) {
                unknown.add(f);
            }
        }
        unknown.sort(Comparator.comparing(f -> BackupFileName.parse(f.getFileName().toString()).orElseThrow().created()));
        for (int i = 0; i < unknown.size(); i++) {
            Path f = unknown.get(i);
            VerifyResult r = verifier.verify(f, password);
            // another school of the same name is recorded too (as theirs), so it is not decrypted again
            if (r.intact()) {
                ledger.add(f.getFileName().toString(), size(f), r.manifest().orElseThrow(),
                        BackupFileName.parse(f.getFileName().toString()).orElseThrow().kind(), clock.instant());
            }
            meter.within((i + 1.0) / (unknown.size() + 1.0));
        }
    }

    /** {@code .partial} files of this school's backups: what a killed or failed earlier backup left. */
    private static void removeLeftovers(Path dir, String slug, Path made) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + BackupFileName.SUFFIX
                + BackupFileName.PARTIAL)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String base = name.substring(0, name.length() - BackupFileName.PARTIAL.length());
                if (!dir.resolve(base).equals(made)
                        && BackupFileName.parse(base).map(p -> p.slug().equals(slug)).orElse(false)) {
                    Files.deleteIfExists(f);
                    LOG.info("Removed the leftover {}", f);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for leftovers in {}: {}", dir, e.toString());
        }
    }

    /** Regular files named like our backups. */
    static List<Path> backupFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + BackupFileName.SUFFIX)) {
            for (Path f : files) {
                if (Files.isRegularFile(f) && BackupFileName.parse(f.getFileName().toString()).isPresent()) {
                    out.add(f);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", dir, e.toString());
        }
        return out;
    }

    static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void sync(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel
        }
    }
}
