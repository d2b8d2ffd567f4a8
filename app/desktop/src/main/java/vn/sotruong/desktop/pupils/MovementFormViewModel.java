package vn.sotruong.desktop.pupils;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.MovementService;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * One biến động of the selected pupil: chuyển đi, thôi học, chuyển lớp or trở lại học. The date is
 * the first day the pupil no longer attends (or attends the new class); the service checks it
 * against the enrolment and requires the reason.
 */
public final class MovementFormViewModel {
    public enum Kind {
        TRANSFER_OUT,
        DROPOUT,
        CLASS_CHANGE,
        RETURN;

        /** Chuyển lớp and trở lại học name the class the pupil joins. */
        public boolean needsClass() {
            return this == CLASS_CHANGE || this == RETURN;
        }
    }

    private final Session session;
    private final UiText text;
    private final Kind kind;
    private final Pupil pupil;
    private final List<SchoolClass> classes;
    private final Consumer<String> onSaved;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty otherSchool = new SimpleStringProperty("");
    private final ObjectProperty<SchoolClass> target = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty withDossier = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty dossierFolder = new SimpleStringProperty("");

    MovementFormViewModel(Session session, UiText text, Kind kind, Pupil pupil, List<SchoolClass> classes,
                          Consumer<String> onSaved) {
        this.session = session;
        this.text = text;
        this.kind = kind;
        this.pupil = pupil;
        this.classes = classes;
        this.onSaved = onSaved;
        date.set(session.today());
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return text.t("pupils.move." + kind.name() + ".title", pupil.fullName());
    }

    public List<SchoolClass> classes() {
        return classes;
    }

    public boolean save() {
        MovementService m = session.services().movements();
        var actor = session.actor();
        String[] written = new String[1];
        boolean ok = Attempt.run(text, error, () -> {
            java.nio.file.Path folder = null;
            if (kind == Kind.TRANSFER_OUT && withDossier.get()) {
                // checked before the transfer is recorded: a wrong folder changes nothing
                folder = DossierFiles.requireFolder(dossierFolder.get().isBlank() ? null
                        : java.nio.file.Path.of(dossierFolder.get().strip()));
            }
            SchoolClass to = target.get();
            if (kind.needsClass() && to == null) {
                throw new DomainException("class.notFound");
            }
            switch (kind) {
                case TRANSFER_OUT -> m.transferOut(actor, pupil.id(), date.get(), otherSchool.get(), reason.get());
                case DROPOUT -> m.dropOut(actor, pupil.id(), date.get(), reason.get());
                case CLASS_CHANGE -> m.changeClass(actor, pupil.id(), to.id(), date.get(), reason.get());
                case RETURN -> m.returnAfterDropout(actor, pupil.id(), to.id(), date.get(), reason.get());
            }
            if (folder != null) {
                written[0] = DossierFiles.export(session, pupil.id(), folder);
            }
        });
        if (ok) {
            onSaved.accept(text.t("pupils.move." + kind.name() + ".done", pupil.fullName())
                    + (written[0] == null ? "" : " " + text.t("pupils.dossier.written", written[0])));
        }
        return ok;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty otherSchoolProperty() {
        return otherSchool;
    }

    public ObjectProperty<SchoolClass> targetProperty() {
        return target;
    }

    /** Chuyển đi: also write the hồ sơ chuyển trường into {@link #dossierFolderProperty()} once recorded. */
    public javafx.beans.property.BooleanProperty withDossierProperty() {
        return withDossier;
    }

    public StringProperty dossierFolderProperty() {
        return dossierFolder;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
