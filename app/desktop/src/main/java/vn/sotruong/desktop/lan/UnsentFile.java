package vn.sotruong.desktop.lan;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.sotruong.desktop.attendance.UnsentMark;
import vn.sotruong.desktop.common.UnsentShelf;

/**
 * Tệp ô chưa gửi: the workstation's cells not confirmed by the office PC, in its data folder ({@value #FILE}) — Sổ
 * điểm entries and Điểm danh marks alike, each with its office PC (certificate fingerprint) and person (login), so
 * each person is offered only their own cells at their next sign-in. Format {@value #FORMAT} (ADR 0041); a file of
 * format 1 (score entries only, no format field) still reads. Written whole to a temporary file then moved over the
 * old one, so a power cut leaves the old or the new file, never half of one. A file that cannot be read, or that holds
 * cells of another office PC, is renamed aside (never deleted, never sent) and said so once ({@link #notice()}).
 */
public final class UnsentFile {
    public static final String FILE = "unsent-entries.json";
    static final int FORMAT = 2;
    private static final System.Logger LOG = System.getLogger(UnsentFile.class.getName());

    /** One kept cell — a Sổ điểm entry or a Điểm danh mark — whose and at which office PC. */
    record Kept(String office, String login, UnsentEntry entry, UnsentMark mark) {
        boolean valid() {
            return office != null && login != null && (entry != null) != (mark != null);
        }
    }

    /** The file's content: its format and the kept cells of everyone on this computer. */
    record Content(Integer format, List<Kept> entries) {
    }

    /** What the person must be told about the file (a desktop bundle key and its arguments). */
    public record Notice(String key, List<Object> args) {
    }

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;
    private final String office;
    private final String login;
    private Notice notice;

    /**
     * @param office the office PC's certificate fingerprint (cells of another office PC are set aside, never sent)
     * @param login  the person's login
     */
    public UnsentFile(Path dataDir, String office, String login) {
        this.file = dataDir.resolve(FILE);
        this.office = office;
        this.login = login;
    }

    /** The person's Sổ điểm entries. */
    public UnsentShelf<UnsentEntry> scores() {
        return shelf(Kept::entry, e -> new Kept(office, login, e, null));
    }

    /** The person's Điểm danh marks. */
    public UnsentShelf<UnsentMark> marks() {
        return shelf(Kept::mark, m -> new Kept(office, login, null, m));
    }

    /** What happened to a file that could not be used as it was (set aside), once; empty when all was well. */
    public synchronized Optional<Notice> notice() {
        Optional<Notice> n = Optional.ofNullable(notice);
        notice = null;
        return n;
    }

    private <T> UnsentShelf<T> shelf(Function<Kept, T> kind, Function<T, Kept> wrap) {
        return new UnsentShelf<>() {
            @Override
            public List<T> load() {
                synchronized (UnsentFile.this) {
                    return read().stream().filter(UnsentFile.this::mine).map(kind).filter(Objects::nonNull).toList();
                }
            }

            @Override
            public void save(List<T> cells) {
                synchronized (UnsentFile.this) {
                    List<Kept> all = new ArrayList<>(read().stream().filter(k -> !mine(k) || kind.apply(k) == null)
                            .toList());
                    cells.forEach(c -> all.add(wrap.apply(c)));
                    write(all);
                }
            }
        };
    }

    private boolean mine(Kept k) {
        return office.equals(k.office()) && login.equals(k.login());
    }

    private void write(List<Kept> all) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try {
                json.writeValue(tmp.toFile(), new Content(FORMAT, all));
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // the cells stay in the window; only their copy on disk is missing
            LOG.log(System.Logger.Level.ERROR, "cannot keep the unsent entries in " + file, e);
        }
    }

    private List<Kept> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Content c;
        try {
            c = json.readValue(file.toFile(), Content.class);
        } catch (JacksonException e) {
            LOG.log(System.Logger.Level.WARNING, "unreadable " + FILE, e);
            c = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (c == null || c.entries() == null || (c.format() != null && c.format() > FORMAT)
                || c.entries().stream().anyMatch(k -> k == null || !k.valid())) {
            setAside("damaged", "ws.unsent.file.damaged", 0);
            return List.of();
        }
        List<Kept> here = c.entries().stream().filter(k -> k.office().equals(office)).toList();
        if (here.size() < c.entries().size()) {
            // cells typed for an office PC this computer is no longer paired with: kept aside, never sent here
            setAside("other-office", "ws.unsent.file.otherOffice", c.entries().size() - here.size());
            write(here);
        }
        return here;
    }

    private void setAside(String why, String key, int count) {
        Path aside = file.resolveSibling(FILE + "." + System.currentTimeMillis() + "." + why);
        LOG.log(System.Logger.Level.WARNING, "unsent-entries file set aside as " + aside + " (" + why + ")");
        try {
            Files.move(file, aside);
        } catch (IOException moveFailed) {
            throw new UncheckedIOException(moveFailed);
        }
        notice = new Notice(key, List.of(file.toString(), aside.toString(), count));
    }
}
