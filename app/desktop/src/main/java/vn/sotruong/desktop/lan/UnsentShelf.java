package vn.sotruong.desktop.lan;

import java.util.List;

/**
 * Nơi cất ô chưa gửi: where a workstation keeps one person's unsent entries so a crash, a power cut or an
 * office-service restart does not lose them ({@link UnsentFile}); {@link #NONE} keeps them in memory only.
 */
public interface UnsentShelf {
    UnsentShelf NONE = new UnsentShelf() {
        @Override
        public List<UnsentEntry> load() {
            return List.of();
        }

        @Override
        public void save(List<UnsentEntry> entries) {
        }
    };

    /** The person's entries kept from before, oldest first. */
    List<UnsentEntry> load();

    /** Keeps exactly these entries of the person (none: forgets them). */
    void save(List<UnsentEntry> entries);
}
