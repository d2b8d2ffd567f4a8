package vn.sotruong.desktop.locks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.locks.LockAction;
import vn.sotruong.core.locks.LockColumns;
import vn.sotruong.core.locks.LockScope;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.LoginResult;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * The "Khóa" / "Mở khóa" form: scope (grade, class, subject; none = every), columns and reason; opening also takes
 * the last day it holds and the principal's own sign-in (login and password typed by the principal), which the
 * service requires as the decision's confirmation. A refusal leaves everything as it was.
 */
public final class LockFormViewModel {
    /** A picker entry: a value or "every" (null value). */
    public record Pick<T>(T value, String label) {
    }

    private final Session session;
    private final UiText text;
    private final SchoolYear year;
    private final LockAction action;
    private final List<Pick<Integer>> grades = new ArrayList<>();
    private final List<Pick<Long>> classes = new ArrayList<>();
    private final List<Pick<String>> subjects = new ArrayList<>();
    private final List<Pick<LockColumns>> columns = new ArrayList<>();
    private final ObjectProperty<Pick<Integer>> grade = new SimpleObjectProperty<>();
    private final ObjectProperty<Pick<Long>> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<Pick<String>> subject = new SimpleObjectProperty<>();
    private final ObjectProperty<Pick<LockColumns>> column = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty principalLogin = new SimpleStringProperty("");
    private final StringProperty principalPassword = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty saved = new javafx.beans.property.SimpleBooleanProperty(false);

    LockFormViewModel(Session session, UiText text, SchoolYear year, LockAction action) {
        this.session = session;
        this.text = text;
        this.year = year;
        this.action = action;
        var services = session.services();
        grades.add(new Pick<>(null, text.t("locks.every.grade")));
        services.setup().school().level().grades().forEach(g -> grades.add(new Pick<>(g, text.t("locks.scope.grade", g))));
        classes.add(new Pick<>(null, text.t("locks.every.class")));
        for (SchoolClass c : services.organisation().classes(session.actor(), year.id())) {
            classes.add(new Pick<>(c.id(), c.name()));
        }
        subjects.add(new Pick<>(null, text.t("locks.every.subject")));
        for (Subject s : services.years().subjects(year.id())) {
            subjects.add(new Pick<>(s.code(), s.name()));
        }
        LockTexts names = new LockTexts(text, List.of(), List.of());
        for (String c : List.of("ALL", "TX:1", "GK:1", "CK:1", "TERM:1", "TX:2", "GK:2", "CK:2", "TERM:2", "YEAR")) {
            LockColumns lc = LockColumns.parse(c);
            columns.add(new Pick<>(lc, names.columns(lc)));
        }
        grade.set(grades.getFirst());
        schoolClass.set(classes.getFirst());
        subject.set(subjects.getFirst());
        column.set(columns.getFirst());
    }

    /** Records the decision; true when the service accepted it. */
    public boolean save() {
        boolean ok = Attempt.run(text, error, () -> {
            LockScope scope = new LockScope(grade.get().value(), schoolClass.get().value(), subject.get().value());
            var locks = session.services().locks();
            if (action == LockAction.LOCK) {
                locks.lock(session.actor(), year.id(), scope, column.get().value(), reason.get());
            } else {
                locks.open(session.actor(), principal(), year.id(), scope, column.get().value(), until.get(), reason.get());
            }
        });
        saved.set(saved.get() || ok);
        return ok;
    }

    /** True once the service accepted the decision. */
    public boolean saved() {
        return saved.get();
    }

    /** The principal confirms by signing in here, with their own password (never the administrator's). */
    private Actor principal() {
        String login = principalLogin.get() == null ? "" : principalLogin.get().strip();
        String password = principalPassword.get() == null ? "" : principalPassword.get();
        if (login.isEmpty() || password.isEmpty()) {
            throw new DomainException("lock.principalRequired");
        }
        try {
            LoginResult r = session.services().auth().login(login, password.toCharArray(), session.actor().workstation());
            if (r.changeDue().isPresent()) {
                throw new DomainException("auth.passwordChangeRequired");
            }
            return r.actor();
        } catch (DomainException e) {
            throw new DomainException("locks.principal.failed", text.error(e));
        } finally {
            principalPassword.set("");
        }
    }

    public LockAction action() {
        return action;
    }

    public boolean opening() {
        return action == LockAction.OPEN;
    }

    public String title() {
        return text.t("locks.form.title." + action);
    }

    public List<Pick<Integer>> grades() {
        return grades;
    }

    public List<Pick<Long>> classes() {
        return classes;
    }

    public List<Pick<String>> subjects() {
        return subjects;
    }

    public List<Pick<LockColumns>> columns() {
        return columns;
    }

    public ObjectProperty<Pick<Integer>> gradeProperty() {
        return grade;
    }

    public ObjectProperty<Pick<Long>> schoolClassProperty() {
        return schoolClass;
    }

    public ObjectProperty<Pick<String>> subjectProperty() {
        return subject;
    }

    public ObjectProperty<Pick<LockColumns>> columnProperty() {
        return column;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty principalLoginProperty() {
        return principalLogin;
    }

    public StringProperty principalPasswordProperty() {
        return principalPassword;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
