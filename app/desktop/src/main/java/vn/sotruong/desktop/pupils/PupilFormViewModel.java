package vn.sotruong.desktop.pupils;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Consent;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Hồ sơ học sinh, new or existing. Every rule (code pattern, dates, phones, duplicates) is the
 * service's: a refusal comes back translated in the error line and nothing is stored. The parents'
 * consent is its own service call (dated, recorded by the signed-in person), so it is recorded from
 * the form of a stored pupil with its own button rather than mixed into Lưu.
 */
public final class PupilFormViewModel {
    /** Father, mother or guardian: three fields each. */
    public record ParentFields(StringProperty name, StringProperty occupation, StringProperty phone) {
        static ParentFields of(Parent p) {
            return new ParentFields(new SimpleStringProperty(p == null ? "" : nz(p.name())),
                    new SimpleStringProperty(p == null ? "" : nz(p.occupation())),
                    new SimpleStringProperty(p == null ? "" : nz(p.phone())));
        }

        Parent toParent() {
            return new Parent(blank(name.get()), blank(occupation.get()), blank(phone.get()));
        }
    }

    private final Session session;
    private final UiText text;
    private final SchoolClass schoolClass;
    private final Consumer<String> onSaved;
    /** The stored record (null for a new pupil); replaced after the consent is recorded. */
    private final ObjectProperty<Pupil> stored = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final StringProperty birthPlace = new SimpleStringProperty("");
    private final StringProperty ethnicity = new SimpleStringProperty("");
    private final StringProperty nationalId = new SimpleStringProperty("");
    private final BooleanProperty policyFamily = new SimpleBooleanProperty(false);
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty fromSchool = new SimpleStringProperty("");
    private final ParentFields father;
    private final ParentFields mother;
    private final ParentFields guardian;
    private final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();
    private final StringProperty consentStatus = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    /** @param pupil null for a new pupil admitted into {@code schoolClass} today */
    PupilFormViewModel(Session session, UiText text, SchoolClass schoolClass, Pupil pupil, Consumer<String> onSaved) {
        this.session = session;
        this.text = text;
        this.schoolClass = schoolClass;
        this.onSaved = onSaved;
        stored.set(pupil);
        father = ParentFields.of(pupil == null ? null : pupil.father());
        mother = ParentFields.of(pupil == null ? null : pupil.mother());
        guardian = ParentFields.of(pupil == null ? null : pupil.guardian());
        if (pupil != null) {
            code.set(pupil.code());
            fullName.set(pupil.fullName());
            birthDate.set(pupil.birthDate());
            gender.set(pupil.gender());
            birthPlace.set(nz(pupil.birthPlace()));
            ethnicity.set(nz(pupil.ethnicity()));
            nationalId.set(nz(pupil.nationalId()));
            policyFamily.set(pupil.policyFamily());
            address.set(nz(pupil.address()));
            phone.set(nz(pupil.phone()));
        } else {
            ethnicity.set(text.t("pupil.ethnicity.default"));
        }
        showConsent();
    }

    public boolean isNew() {
        return stored.get() == null;
    }

    public String title() {
        return isNew() ? text.t("pupil.add.title", schoolClass == null ? "—" : schoolClass.name())
                : text.t("pupil.edit.title", stored.get().fullName());
    }

    public List<Gender> genders() {
        return List.of(Gender.values());
    }

    /** True when the service stored the record (admitted a new pupil or changed an existing one). */
    public boolean save() {
        Pupil p = new Pupil(isNew() ? 0 : stored.get().id(), code.get(), fullName.get(), birthDate.get(), gender.get(),
                birthPlace.get(), ethnicity.get(), address.get(), policyFamily.get(), father.toParent(),
                mother.toParent(), guardian.toParent(), phone.get(), nationalId.get(),
                isNew() ? null : stored.get().consent());
        boolean ok = Attempt.run(text, error, () -> {
            if (isNew()) {
                if (schoolClass == null) {
                    throw new vn.sotruong.core.common.DomainException("class.notFound");
                }
                session.services().pupils().admit(session.actor(), schoolClass.id(), p, session.today(),
                        fromSchool.get());
            } else {
                session.services().pupils().update(session.actor(), p);
            }
        });
        if (ok) {
            onSaved.accept(text.t(isNew() ? "pupil.added" : "pupil.saved", fullName.get().strip()));
        }
        return ok;
    }

    /** Records the parents' consent on the chosen day, by the signed-in person; stored at once. */
    public boolean recordConsent() {
        if (isNew()) {
            return false;
        }
        long id = stored.get().id();
        if (!Attempt.run(text, error, () -> session.services().pupils().recordConsent(session.actor(), id,
                consentDate.get()))) {
            return false;
        }
        // the form's later Lưu must carry the consent just stored, not the one it was opened with
        stored.set(session.services().pupils().requirePupil(session.actor(), id));
        showConsent();
        return true;
    }

    private void showConsent() {
        Consent c = stored.get() == null ? null : stored.get().consent();
        consentDate.set(c == null ? session.today() : c.date());
        consentStatus.set(isNew() ? text.t("pupil.consent.afterSave")
                : c == null ? text.t("pupil.consent.none")
                : text.t("pupil.consent.recorded", text.date(c.date()), c.recordedBy()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty birthPlaceProperty() {
        return birthPlace;
    }

    public StringProperty ethnicityProperty() {
        return ethnicity;
    }

    public StringProperty nationalIdProperty() {
        return nationalId;
    }

    public BooleanProperty policyFamilyProperty() {
        return policyFamily;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty fromSchoolProperty() {
        return fromSchool;
    }

    public ParentFields father() {
        return father;
    }

    public ParentFields mother() {
        return mother;
    }

    public ParentFields guardian() {
        return guardian;
    }

    public ObjectProperty<LocalDate> consentDateProperty() {
        return consentDate;
    }

    public StringProperty consentStatusProperty() {
        return consentStatus;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
