package vn.sotruong.desktop.gradebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.Term;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Sổ điểm: which class, sheet (a subject, conduct, or qualities and competences) and term the grid shows.
 * A teacher finds what they are assigned first (their classes, then their subjects and, as homeroom
 * teacher, the conduct sheet); others' sheets follow, read-only. The services decide what may be changed.
 */
public final class GradebookViewModel {
    /** A sheet in the picker; {@code mine} when the signed-in person enters it. */
    public record SheetChoice(SheetRef ref, String label, boolean mine) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Session session;
    private final UiText text;
    private final Optional<SchoolYear> year;
    private final List<TeachingAssignment> mine;
    private final List<SchoolClass> classes;
    private final ObservableList<SheetChoice> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<SchoolClass> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<SheetChoice> sheet = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> term = new SimpleObjectProperty<>(1);
    private final StringProperty error = new SimpleStringProperty("");
    private final EntryGridViewModel grid;

    public GradebookViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        this.grid = new EntryGridViewModel(session, text);
        this.year = session.currentYear();
        long staffId = session.actor().staffId();
        this.mine = year.map(y -> session.services().organisation().assignments(session.actor(), y.id())).orElse(List.of())
                .stream().filter(a -> a.staffId() == staffId).toList();
        Set<Long> myClasses = mine.stream().map(TeachingAssignment::classId).collect(Collectors.toSet());
        List<SchoolClass> all = year.map(y -> session.services().organisation().classes(session.actor(), y.id()))
                .orElse(List.of());
        // the teacher's own classes first (homeroom or taught), then the others they may read
        this.classes = all.stream().sorted(Comparator.comparing((SchoolClass c) -> !(myClasses.contains(c.id())
                || isHomeroom(c))).thenComparingInt(SchoolClass::grade).thenComparing(SchoolClass::name)).toList();
        term.set(currentTerm());
        schoolClass.addListener((o, a, c) -> loadSheets(c));
        sheet.addListener((o, a, s) -> reload());
        term.addListener((o, a, t) -> reload());
        schoolClass.set(classes.isEmpty() ? null : classes.getFirst());
    }

    private int currentTerm() {
        return year.map(y -> session.services().years().terms(y.id()).stream()
                .filter(t -> t.number() == 2 && !session.today().isBefore(t.start())).findFirst().map(Term::number)
                .orElse(1)).orElse(1);
    }

    private boolean isHomeroom(SchoolClass c) {
        return session.services().organisation().scope().isHomeroomOf(session.actor(), c);
    }

    private void loadSheets(SchoolClass c) {
        error.set("");
        if (c == null) {
            sheets.clear();
            sheet.set(null);
            return;
        }
        ClassBook book;
        try {
            book = session.services().gradebook().classBook(session.actor(), c.id());
        } catch (RuntimeException e) {
            sheets.clear();
            sheet.set(null);
            error.set(text.error(e));
            return;
        }
        boolean all = session.actor().has(Permission.GRADES_IMPORT_ALL);
        Set<Long> taught = mine.stream().filter(a -> a.classId() == c.id()).map(TeachingAssignment::subjectId)
                .collect(Collectors.toSet());
        List<SheetChoice> choices = new ArrayList<>();
        for (Subject s : book.subjects()) {
            choices.add(new SheetChoice(SheetRef.subject(s.code()), s.name(), all || taught.contains(s.id())));
        }
        boolean tt22 = book.rules() instanceof Tt22RuleSet;
        SheetRef other = tt22 ? SheetRef.conduct() : SheetRef.qualities();
        choices.add(new SheetChoice(other, text.t(tt22 ? "gradebook.sheet.conduct" : "gradebook.sheet.qualities"),
                all || isHomeroom(c)));
        // what the person enters first (homeroom teachers: conduct before their own subjects), then the rest
        List<SheetChoice> ordered = new ArrayList<>();
        choices.stream().filter(x -> x.mine() && x.ref().area() != Area.SUBJECT && !all).forEach(ordered::add);
        choices.stream().filter(x -> x.mine() && !ordered.contains(x)).forEach(ordered::add);
        choices.stream().filter(x -> !x.mine()).map(x -> new SheetChoice(x.ref(), text.t("gradebook.sheet.readOnly",
                x.label()), false)).forEach(ordered::add);
        sheets.setAll(ordered);
        SheetRef keep = sheet.get() == null ? null : sheet.get().ref();
        SheetChoice next = ordered.stream().filter(x -> x.ref().equals(keep)).findFirst()
                .orElse(ordered.isEmpty() ? null : ordered.getFirst());
        if (next == sheet.get() || (next != null && next.equals(sheet.get()))) {
            reload();
        } else {
            sheet.set(next);
        }
    }

    /**
     * Mở ô: the class and sheet a review finding leads to, in the term of its first cell, with its cells marked and
     * the first one selected (its history one right-click away).
     */
    public void show(vn.sotruong.core.review.FindingCells target) {
        classes.stream().filter(c -> c.id() == target.classId()).findFirst().ifPresent(schoolClass::set);
        sheets.stream().filter(x -> x.ref().equals(target.sheet())).findFirst().ifPresent(sheet::set);
        if (!target.cells().isEmpty()) {
            String slot = target.cells().getFirst().slot();
            term.set(slot.contains("HK2") || slot.startsWith("CN") || slot.endsWith(".CN") ? 2 : 1);
        }
        grid.mark(target.cells());
    }

    /** Reads the chosen sheet and term again. */
    public void reload() {
        SchoolClass c = schoolClass.get();
        SheetChoice s = sheet.get();
        if (c == null || s == null) {
            grid.clear();
            return;
        }
        grid.load(c.id(), s.ref(), term.get() == null ? 1 : term.get());
    }

    /** Conduct shows its whole year at once; the term picker does not apply to it. */
    public boolean termApplies() {
        return sheet.get() == null || sheet.get().ref().area() != Area.CONDUCT;
    }

    public String termLabel(Integer t) {
        return t == null ? "" : text.t("gradebook.term." + t);
    }

    public String yearLabel() {
        return year.map(SchoolYear::label).orElse("—");
    }

    public List<SchoolClass> classes() {
        return classes;
    }

    public ObservableList<SheetChoice> sheets() {
        return sheets;
    }

    public ObjectProperty<SchoolClass> schoolClassProperty() {
        return schoolClass;
    }

    public ObjectProperty<SheetChoice> sheetProperty() {
        return sheet;
    }

    public ObjectProperty<Integer> termProperty() {
        return term;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The school's date today (deadlines count from it). */
    public java.time.LocalDate today() {
        return session.today();
    }

    public EntryGridViewModel grid() {
        return grid;
    }
}
