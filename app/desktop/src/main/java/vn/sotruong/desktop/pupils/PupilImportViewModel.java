package vn.sotruong.desktop.pupils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.ImportIssue;
import vn.sotruong.core.pupil.PupilImportResult;
import vn.sotruong.data.pupil.PupilSheet;
import vn.sotruong.data.pupil.PupilXlsxImporter;
import vn.sotruong.data.pupil.PupilXlsxTemplate;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Nhập danh sách học sinh từ Excel into the chosen class, the way the command line does it: the
 * data module reads sheet HOCSINH into text rows, the service judges them. All or nothing: with any
 * error the report lists every problem by row and column and nobody is added.
 */
public final class PupilImportViewModel {
    /** A report line, translated: where (sheet, row, column) and why. */
    public record IssueRow(String severity, String sheet, String row, String column, String reason) {
    }

    private final Session session;
    private final UiText text;
    private final SchoolClass schoolClass;
    private final Consumer<String> onImported;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public PupilImportViewModel(Session session, UiText text, SchoolClass schoolClass, Consumer<String> onImported) {
        this.session = session;
        this.text = text;
        this.schoolClass = schoolClass;
        this.onImported = onImported;
    }

    public String title() {
        return text.t("pupils.import.title", schoolClass == null ? "—" : schoolClass.name());
    }

    /** Reads and imports the chosen file; the outcome arrives on the FX thread (large files take a moment). */
    public void run() {
        Path f = file.get();
        issues.clear();
        info.set("");
        if (f == null || !Files.isRegularFile(f)) {
            error.set(text.t("pupils.import.noFile"));
            return;
        }
        if (schoolClass == null) {
            error.set(text.t("pupils.import.noClass"));
            return;
        }
        error.set("");
        busy.set(true);
        var actor = session.actor();
        session.background().run(() -> {
            PupilSheet sheet = new PupilXlsxImporter().read(f);
            if (sheet.hasErrors()) {
                return new PupilImportResult(0, sheet.issues());
            }
            PupilImportResult r = session.services().pupils().importPupils(actor, schoolClass.id(), sheet.rows());
            // the file's warnings (an unknown column) come first, as the sheet reads
            List<ImportIssue> all = new ArrayList<>(sheet.issues());
            all.addAll(r.issues());
            return new PupilImportResult(r.imported(), all);
        }, this::show, e -> {
            busy.set(false);
            error.set(text.error(e));
        });
    }

    private void show(PupilImportResult r) {
        busy.set(false);
        issues.setAll(r.issues().stream().map(this::row).toList());
        if (r.refused()) {
            error.set(text.t("pupils.import.refused", r.issues().stream().filter(ImportIssue::isError).count()));
            return;
        }
        String done = text.t("pupils.import.done", r.imported(), schoolClass.name());
        info.set(done);
        onImported.accept(done);
    }

    private IssueRow row(ImportIssue i) {
        Object[] args = i.value() == null ? new Object[0] : new Object[] {i.value()};
        return new IssueRow(text.t(i.isError() ? "pupils.import.error" : "pupils.import.warning"), i.sheet(),
                i.row() == 0 ? "—" : String.valueOf(i.row()), i.column() == null ? "—" : i.column(),
                text.code(i.code(), args));
    }

    /** Saves the empty template (sheet HOCSINH with its headers) where the person chose. */
    public boolean saveTemplate(Path target) {
        if (!Attempt.run(text, error, () -> new PupilXlsxTemplate().write(target))) {
            return false;
        }
        info.set(text.t("pupils.import.templateSaved", target.getFileName()));
        return true;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<IssueRow> issues() {
        return issues;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
