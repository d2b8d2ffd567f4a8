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

/**
 * Tệp ô chưa gửi: the workstation's unsent entries in its data folder ({@value #FILE}), by office PC (its
 * certificate's fingerprint) and person (login), so each person is offered only their own entries at their next
 * sign-in. Written whole to a temporary file then moved over the old one, so a power cut leaves the old or the new
 * file, never half of one. A file that cannot be read is set aside ({@code .damaged}) and logged, never overwritten.
 */
public final class UnsentFile implements UnsentShelf {
    public static final String FILE = "unsent-entries.json";
    private static final System.Logger LOG = System.getLogger(UnsentFile.class.getName());

    /** One kept entry: whose and at which office PC. */
    record Kept(String office, String login, UnsentEntry entry) {
    }

    /** The file's content. */
    record Content(List<Kept> entries) {
    }

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;
    private final String office;
    private final String login;

    /**
     * @param office the office PC's certificate fingerprint (entries of another office PC are not offered)
     * @param login  the person's login
     */
    public UnsentFile(Path dataDir, String office, String login) {
        this.file = dataDir.resolve(FILE);
        this.office = office;
        this.login = login;
    }

    @Override
    public synchronized List<UnsentEntry> load() {
        return read().stream().filter(this::mine).map(Kept::entry).toList();
    }

    @Override
    public synchronized void save(List<UnsentEntry> entries) {
        List<Kept> all = new ArrayList<>(read().stream().filter(k -> !mine(k)).toList());
        entries.forEach(e -> all.add(new Kept(office, login, e)));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try {
                json.writeValue(tmp.toFile(), new Content(all));
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // the entries stay in the window; only their copy on disk is missing
            LOG.log(System.Logger.Level.ERROR, "cannot keep the unsent entries in " + file, e);
        }
    }

    private boolean mine(Kept k) {
        return office.equals(k.office()) && login.equals(k.login());
    }

    private List<Kept> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            Content c = json.readValue(file.toFile(), Content.class);
            return c == null || c.entries() == null ? List.of() : c.entries().stream()
                    .filter(k -> k != null && k.entry() != null && k.office() != null && k.login() != null).toList();
        } catch (JacksonException e) {
            Path aside = file.resolveSibling(FILE + "." + System.currentTimeMillis() + ".damaged");
            LOG.log(System.Logger.Level.WARNING, "unreadable unsent-entries file set aside as " + aside, e);
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException(moveFailed);
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
