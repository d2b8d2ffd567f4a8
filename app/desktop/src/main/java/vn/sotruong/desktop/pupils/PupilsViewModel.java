package vn.sotruong.desktop.pupils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilPhoto;
import vn.sotruong.core.pupil.PupilPhotoService;
import vn.sotruong.core.pupil.PupilService;
import vn.sotruong.core.pupil.RegisterEntry;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Học sinh: the pupils of one class (those the service lets the signed-in person see), a school-wide
 * accent-insensitive search, and the selected pupil's history. Who may change what is decided by the
 * services; the flags here only hide buttons that would be refused anyway.
 */
public final class PupilsViewModel {
    /** A line of the list; {@code registerNo} is "—" for those who may not read the sổ đăng bộ. */
    public record PupilRow(int stt, Pupil pupil, String registerNo) {
    }

    public record HistoryRow(String date, String kind, String detail) {
    }

    private final Session session;
    private final PupilService pupils;
    private final UiText text;
    private final Optional<SchoolYear> year;
    private final List<SchoolClass> classes;
    private final ObservableList<PupilRow> rows = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<SchoolClass> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<PupilRow> selected = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final ObjectProperty<byte[]> photo = new SimpleObjectProperty<>();
    private final BooleanProperty transferred = new SimpleBooleanProperty(false);
    /** pupil id → số đăng bộ, read once per change rather than on every search keystroke. */
    private final Map<Long, Integer> registerNumbers = new HashMap<>();

    public PupilsViewModel(Session session, UiText text) {
        this.session = session;
        this.pupils = session.services().pupils();
        this.text = text;
        this.year = session.currentYear();
        this.classes = year.map(y -> session.services().organisation().classes(session.actor(), y.id()))
                .orElse(List.of()).stream()
                .sorted(Comparator.comparing(SchoolClass::grade).thenComparing(SchoolClass::name)).toList();
        schoolClass.addListener((o, a, c) -> {
            editable.set(c != null && canEditClass(c));
            if (query.get().isBlank()) {
                reload();
            }
        });
        selected.addListener((o, a, r) -> loadHistory(r));
        readRegisterNumbers();
        // a homeroom teacher opens on their own class, everyone else on the first one
        schoolClass.set(classes.stream().filter(c -> session.services().organisation().scope()
                .isHomeroomOf(session.actor(), c)).findFirst().orElse(classes.isEmpty() ? null : classes.getFirst()));
    }

    /** The class list again, or the search results while a query is typed; keeps the selection by id. */
    public void reload() {
        Long keep = selected.get() == null ? null : selected.get().pupil().id();
        String q = query.get() == null ? "" : query.get().strip();
        searching.set(!q.isEmpty());
        List<Pupil> found;
        error.set("");
        try {
            found = !q.isEmpty() ? pupils.search(session.actor(), q)
                    : schoolClass.get() == null ? List.of() : pupils.classList(session.actor(), schoolClass.get().id());
        } catch (RuntimeException e) {
            error.set(text.error(e));
            found = List.of();
        }
        Map<Long, Integer> numbers = registerNumbers;
        List<Pupil> list = found;
        rows.setAll(IntStream.range(0, list.size()).mapToObj(i -> new PupilRow(i + 1, list.get(i),
                numbers.containsKey(list.get(i).id()) ? String.valueOf(numbers.get(list.get(i).id())) : "—")).toList());
        selected.set(rows.stream().filter(r -> keep != null && r.pupil().id() == keep).findFirst().orElse(null));
    }

    /**
     * Register numbers come only with the whole sổ đăng bộ, which teachers may not read: they see "—".
     * (A class-scoped number lookup in PupilService would let them see their own pupils' numbers.)
     */
    private void readRegisterNumbers() {
        registerNumbers.clear();
        if (canReadRegister()) {
            for (RegisterEntry e : pupils.register(session.actor()).entries()) {
                registerNumbers.put(e.pupilId(), e.registerNo());
            }
        }
    }

    private void loadHistory(PupilRow row) {
        photo.set(null);
        transferred.set(false);
        if (row == null) {
            history.clear();
            return;
        }
        try {
            photo.set(session.services().photos().photo(session.actor(), row.pupil().id()).map(PupilPhoto::bytes)
                    .orElse(null));
            List<Movement> moves = session.services().movements().history(session.actor(), row.pupil().id());
            transferred.set(!moves.isEmpty() && moves.getLast().kind() == MovementKind.TRANSFER_OUT);
            Map<Long, String> names = new HashMap<>();
            classes.forEach(c -> names.put(c.id(), c.name()));
            history.setAll(moves.stream()
                    .map(m -> new HistoryRow(text.date(m.on()), text.t("pupils.movement." + m.kind().name()),
                            detail(m, names)))
                    .toList());
        } catch (RuntimeException e) {
            history.clear();
            error.set(text.error(e));
        }
    }

    private String detail(Movement m, Map<Long, String> names) {
        StringBuilder b = new StringBuilder();
        if (m.fromClassId() != null || m.toClassId() != null) {
            b.append(m.fromClassId() == null ? "" : names.getOrDefault(m.fromClassId(), "?"));
            if (m.toClassId() != null) {
                b.append(m.fromClassId() == null ? "" : " → ").append(names.getOrDefault(m.toClassId(), "?"));
            }
        }
        if (m.otherSchool() != null) {
            b.append(b.isEmpty() ? "" : "; ").append(m.otherSchool());
        }
        // the import writes "import" as the reason of its admissions: not a reason a person typed
        if (m.reason() != null && !(m.kind() == MovementKind.ADMISSION && "import".equals(m.reason()))) {
            b.append(b.isEmpty() ? "" : "; ").append(m.reason());
        }
        return b.toString();
    }

    public boolean canEditClass(SchoolClass c) {
        return session.actor().has(Permission.PUPILS_EDIT)
                || session.services().organisation().scope().isHomeroomOf(session.actor(), c);
    }

    /** The sổ đăng bộ is for the roles that see every pupil (the office keeps it). */
    public boolean canReadRegister() {
        return session.actor().has(Permission.PUPILS_VIEW_ALL) || session.actor().has(Permission.PUPILS_EDIT);
    }

    public PupilFormViewModel addForm() {
        return new PupilFormViewModel(session, text, schoolClass.get(), null, this::saved);
    }

    public PupilFormViewModel editForm(PupilRow row) {
        Pupil fresh = pupils.requirePupil(session.actor(), row.pupil().id());
        return new PupilFormViewModel(session, text, schoolClass.get(), fresh, this::saved);
    }

    public MovementFormViewModel movementForm(MovementFormViewModel.Kind kind, PupilRow row) {
        return new MovementFormViewModel(session, text, kind, row.pupil(), classes, this::saved);
    }

    public PupilImportViewModel importer() {
        return new PupilImportViewModel(session, text, schoolClass.get(), this::saved);
    }

    /** Thông báo gửi cha mẹ học sinh of the class chosen on the list tab. */
    public NoticesViewModel notices() {
        return new NoticesViewModel(session, text, schoolClass);
    }

    public RegisterViewModel register() {
        return new RegisterViewModel(session, text);
    }

    /**
     * Ảnh học sinh from a JPEG or PNG file; the service refuses a file too large, not an image, or a pupil whose
     * parents' consent is not recorded, and nothing changes. A file far over the limit is not even read.
     */
    public void setPhoto(Path file) {
        PupilRow row = selected.get();
        if (row == null) {
            return;
        }
        Attempt.run(text, error, () -> {
            byte[] bytes;
            try {
                long size = Files.size(file);
                if (size > PupilPhotoService.MAX_BYTES) {
                    throw new DomainException("pupil.photoTooLarge", (size + 1023) / 1024, PupilPhotoService.MAX_BYTES / 1024);
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DomainException("pupil.photoNotImage");
            }
            session.services().photos().setPhoto(session.actor(), row.pupil().id(), bytes);
            saved(text.t("pupils.photo.saved", row.pupil().fullName()));
        });
    }

    public void removePhoto() {
        PupilRow row = selected.get();
        if (row != null) {
            Attempt.run(text, error, () -> {
                session.services().photos().removePhoto(session.actor(), row.pupil().id());
                saved(text.t("pupils.photo.removed", row.pupil().fullName()));
            });
        }
    }

    /** Hồ sơ chuyển trường of the selected pupil (who transferred out) into the folder, PDF and xlsx. */
    public void exportDossier(Path folder) {
        PupilRow row = selected.get();
        if (row != null) {
            Attempt.run(text, error, () -> info.set(text.t("pupils.dossier.written",
                    DossierFiles.export(session, row.pupil().id(), folder))));
        }
    }

    /** The selected pupil's photo bytes, null when none. */
    public ObjectProperty<byte[]> photoProperty() {
        return photo;
    }

    /** Whether the selected pupil's last movement is a transfer out (the dossier can be written). */
    public BooleanProperty transferredProperty() {
        return transferred;
    }

    private void saved(String message) {
        info.set(message);
        error.set("");
        readRegisterNumbers();
        reload();
        loadHistory(selected.get());
    }


    public List<SchoolClass> classes() {
        return classes;
    }

    public String yearLabel() {
        return year.map(SchoolYear::label).orElse("—");
    }

    public ObservableList<PupilRow> rows() {
        return rows;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObjectProperty<SchoolClass> schoolClassProperty() {
        return schoolClass;
    }

    public ObjectProperty<PupilRow> selectedProperty() {
        return selected;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }

    /** True when the signed-in person may change the pupils of the chosen class. */
    public BooleanProperty editableProperty() {
        return editable;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
