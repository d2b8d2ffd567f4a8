package vn.sotruong.desktop.year;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Changes a subject's periods per year in each grade and its assessment form (a school's local
 * programme). An empty grade field means the grade does not study the subject.
 */
public final class SubjectFormViewModel {
    private final Session session;
    private final UiText text;
    private final long yearId;
    private final Subject subject;
    private final Runnable onSaved;
    private final Map<Integer, StringProperty> periods = new LinkedHashMap<>();
    private final ObjectProperty<AssessmentForm> form = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    SubjectFormViewModel(Session session, UiText text, long yearId, Subject subject, List<Integer> grades,
                         Runnable onSaved) {
        this.session = session;
        this.text = text;
        this.yearId = yearId;
        this.subject = subject;
        this.onSaved = onSaved;
        for (int g : grades) {
            Integer p = subject.periodsPerGrade().get(g);
            periods.put(g, new SimpleStringProperty(p == null ? "" : String.valueOf(p)));
        }
        form.set(subject.form());
    }

    /** True when the service accepted the change. */
    public boolean save() {
        Map<Integer, Integer> perGrade = new TreeMap<>();
        for (Map.Entry<Integer, StringProperty> e : periods.entrySet()) {
            String v = e.getValue().get() == null ? "" : e.getValue().get().strip();
            if (v.isEmpty()) {
                continue;
            }
            if (!v.matches("\\d{1,4}")) {
                error.set(text.code("subject.periodsInvalid"));
                return false;
            }
            perGrade.put(e.getKey(), Integer.parseInt(v));
        }
        Subject changed = new Subject(subject.id(), subject.code(), subject.name(), form.get(), subject.optional(),
                subject.sortOrder(), perGrade);
        if (!Attempt.run(text, error, () -> session.services().years().updateSubject(session.actor(), yearId, changed))) {
            return false;
        }
        onSaved.run();
        return true;
    }

    public String title() {
        return text.t("subject.edit.title", subject.name());
    }

    public List<Integer> grades() {
        return List.copyOf(periods.keySet());
    }

    public StringProperty periodsProperty(int grade) {
        return periods.get(grade);
    }

    public ObjectProperty<AssessmentForm> formProperty() {
        return form;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
