package vn.sotruong.desktop.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.cli.ReviewFiles;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.deadline.ProgressFilter;
import vn.sotruong.core.deadline.ProgressLine;
import vn.sotruong.core.deadline.ProgressStatus;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.core.review.ReviewSheets;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Tiến độ nhập điểm for the monthly check: per class, sheet, column and teacher what is entered, late or missing
 * against the deadlines, filtered by class, teacher and status, saved as xlsx. A department head sees their
 * department's teachers (the service decides).
 */
public final class ProgressViewModel {
    /** One line of the table, as shown. */
    public record Row(String className, String sheet, String column, String teacher, String due, String expected,
                      String entered, String late, String missing, String status) {
    }

    private final Session session;
    private final UiText text;
    private final SchoolYear year;
    private final ReviewSheets sheets;
    private final ObservableList<Choice> classes = FXCollections.observableArrayList();
    private final ObservableList<Choice> teachers = FXCollections.observableArrayList();
    private final ObservableList<String> statuses = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> teacher = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final Map<Long, String> names = new HashMap<>();
    private final List<ProgressLine> lines = new ArrayList<>();
    private final ObjectProperty<ReviewSheet> shown = new SimpleObjectProperty<>();

    public ProgressViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        this.year = session.currentYear().orElseThrow(() -> new DomainException("year.noneOpen"));
        this.sheets = new ReviewSheets(new Messages(text.locale()));
        statuses.add("");
        for (ProgressStatus s : ProgressStatus.values()) {
            statuses.add(s.name());
        }
        schoolClass.addListener((o, a, b) -> apply());
        teacher.addListener((o, a, b) -> apply());
        status.addListener((o, a, b) -> apply());
    }

    /** Reads the year's progress as of today (once; the filters then choose among the lines). */
    public void load() {
        Attempt.run(text, error, () -> {
            lines.clear();
            lines.addAll(session.services().progress().yearProgress(session.actor(), year.id(), session.today()));
            if (names.isEmpty()) {
                session.services().organisation().staff(session.actor()).forEach(s -> names.put(s.id(), s.fullName()));
            }
            List<Choice> c = new ArrayList<>();
            Map<Long, String> seen = new java.util.LinkedHashMap<>();
            lines.forEach(l -> seen.putIfAbsent(l.classId(), l.className()));
            seen.forEach((id, name) -> c.add(new Choice(id, name)));
            classes.setAll(Choice.withNone(text.t("progress.all"), c));
            List<Choice> t = lines.stream().map(ProgressLine::teacherStaffId).filter(java.util.Objects::nonNull)
                    .distinct().map(id -> new Choice(id, names.getOrDefault(id, "#" + id)))
                    .sorted(java.util.Comparator.comparing(Choice::label)).toList();
            teachers.setAll(Choice.withNone(text.t("progress.all"), t));
            schoolClass.set(classes.getFirst());
            teacher.set(teachers.getFirst());
            apply();
        });
    }

    private void apply() {
        Choice c = schoolClass.get();
        Choice t = teacher.get();
        String st = status.get();
        ProgressFilter f = new ProgressFilter(c == null || c.isNone() ? null : c.id(),
                t == null || t.isNone() ? null : t.id(), null,
                st == null || st.isEmpty() ? Set.of() : Set.of(ProgressStatus.valueOf(st)));
        List<ProgressLine> chosen = lines.stream().filter(f::test).toList();
        shown.set(sheets.progress(year.label(), chosen, names));
        rows.setAll(shown.get().tables().getFirst().rows().stream().map(r -> new Row(s(r.get(0)), s(r.get(1)), s(r.get(2)),
                s(r.get(3)), s(r.get(4)), s(r.get(5)), s(r.get(6)), s(r.get(7)), s(r.get(8)), s(r.get(9)))).toList());
        int missing = chosen.stream().mapToInt(ProgressLine::missing).sum();
        int late = (int) chosen.stream().filter(l -> l.status() == ProgressStatus.LATE).count();
        summary.set(text.t("progress.summary", chosen.size(), late, missing));
    }

    private static String s(Object v) {
        return v == null ? "" : v.toString();
    }

    /** Saves the lines shown (as filtered) as xlsx; a PDF is refused (the table is too wide for a page). */
    public void save(Path out) {
        info.set("");
        if (Attempt.run(text, error, () -> {
            if (ReviewFiles.pdf(out)) {
                throw new DomainException("review.export.unknownFormat", String.valueOf(out.getFileName()));
            }
            ReviewFiles.save(shown.get(), out, session.school().name(), session.today(), text.locale());
        })) {
            info.set(text.t("review.saved", out.getFileName()));
        }
    }

    public String statusLabel(String code) {
        return code == null || code.isEmpty() ? text.t("progress.all") : text.code("progress.status." + code);
    }

    public ObservableList<Choice> classes() {
        return classes;
    }

    public ObservableList<Choice> teachers() {
        return teachers;
    }

    public ObservableList<String> statuses() {
        return statuses;
    }

    public ObjectProperty<Choice> classProperty() {
        return schoolClass;
    }

    public ObjectProperty<Choice> teacherProperty() {
        return teacher;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
