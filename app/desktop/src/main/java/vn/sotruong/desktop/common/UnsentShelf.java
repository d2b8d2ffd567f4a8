package vn.sotruong.desktop.common;

import java.util.List;

/**
 * Nơi cất ô chưa gửi: where a workstation keeps one person's unsent cells of one kind (Sổ điểm entries, Điểm danh
 * marks) so a crash, a power cut or the end of a session does not lose them (desktop {@code lan.UnsentFile}, one file
 * for both kinds); {@link #none()} keeps them in memory only.
 *
 * @param <T> the kind of cell kept
 */
public interface UnsentShelf<T> {
    /** Keeps nothing on disk (a desktop on its own store, tests of the page alone). */
    static <T> UnsentShelf<T> none() {
        return new UnsentShelf<>() {
            @Override
            public List<T> load() {
                return List.of();
            }

            @Override
            public void save(List<T> cells) {
            }
        };
    }

    /** The person's cells of this kind kept from before, oldest first. */
    List<T> load();

    /** Keeps exactly these cells of this kind for the person (none: forgets them); the other kind is left alone. */
    void save(List<T> cells);
}
