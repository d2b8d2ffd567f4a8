package vn.sotruong.desktop.review;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.review.Finding;
import vn.sotruong.core.review.FindingCells;
import vn.sotruong.core.review.Measure;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.core.review.ReviewSheets;
import vn.sotruong.core.review.Selection;
import vn.sotruong.cli.ReviewFiles;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Rà soát: the phổ điểm of a column or average over the school, a grade or a class (a class laid over the
 * school's distribution), and the anomaly scan, through core's review service. This model does the choosing
 * (subject, column, what is laid over the school); the result shown is a {@link HistogramResult} or a
 * {@link LevelCountsResult} on the page's {@link ReviewChart}.
 */
public final class ReviewViewModel {
    /** The columns and averages offered, as {@link Measure} slots. */
    static final List<String> MEASURES = List.of("HK1.TX1", "HK1.TX2", "HK1.GK", "HK1.CK", "HK1.TB", "HK2.TX1",
            "HK2.GK", "HK2.CK", "HK2.TB", "CN.TB");
    /** The columns of a THCS subject assessed by comment (Đ/CĐ), shown as level counts. */
    static final List<String> COMMENT_MEASURES = List.of("HK1.TX1", "HK1.TX2", "HK1.GK", "HK1.CK", "HK2.TX1",
            "HK2.TX2", "HK2.GK", "HK2.CK");
    /** A tiểu học subject's levels (T/H/C) at the four points, and the test scores of a tested subject. */
    static final List<String> PRIMARY_LEVELS = List.of("GHK1.MUC", "CHK1.MUC", "GHK2.MUC", "CN.MUC");
    static final List<String> PRIMARY_TESTS = List.of("CHK1.DIEM", "CN.DIEM");

    /**
     * What the subject picker names: a subject (with how it is assessed) or, in tiểu học, a quality or competence
     * (phẩm chất, năng lực), whose columns are the four points.
     */
    private record Topic(String code, AssessmentForm form, boolean quality) {
    }

    /** One line of the anomaly list, translated, with the finding it shows. */
    public record FindingRow(String kind, String scope, String reason, Finding finding) {
    }

    /** What is laid over the school's distribution (so sánh với toàn trường): a class, a grade or a teacher. */
    public enum Overlay {
        CLASS, GRADE, TEACHER
    }

    private final Session session;
    private final java.util.function.Consumer<FindingCells> opener;
    private final UiText text;
    private final SchoolYear year;
    private final ObservableList<Choice> subjects = FXCollections.observableArrayList();
    private final ObservableList<Choice> classes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> subject = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(Overlay.CLASS);
    private final StringProperty selectionName = new SimpleStringProperty("");
    private final StringProperty noData = new SimpleStringProperty("");
    private final List<Choice> classChoices = new java.util.ArrayList<>();
    private final List<Choice> gradeChoices = new java.util.ArrayList<>();
    private final List<Choice> teacherChoices = new java.util.ArrayList<>();
    private final StringProperty measure = new SimpleStringProperty("HK1.TB");
    private final ObservableList<String> measures = FXCollections.observableArrayList();
    private final java.util.Map<Long, Topic> topics = new java.util.HashMap<>();
    private final boolean primary;
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
    private final StringProperty term = new SimpleStringProperty("1");
    private final StringProperty info = new SimpleStringProperty("");
    private final ReviewSheets sheets;
    private final ReviewChart chart;
    private final HistogramResult histogram;
    private final LevelCountsResult levelCounts;
    private final ObjectProperty<ReviewSheet> anomalies = new SimpleObjectProperty<>();

    public ReviewViewModel(Session session, UiText text) {
        this(session, text, cells -> { });
    }

    /** With where "Mở ô" leads: the Sổ điểm page opened on a finding's cells. */
    public ReviewViewModel(Session session, UiText text, java.util.function.Consumer<FindingCells> opener) {
        this.opener = opener;
        this.session = session;
        this.text = text;
        this.sheets = new ReviewSheets(new Messages(text.locale()));
        this.year = session.currentYear().orElseThrow(() -> new vn.sotruong.core.common.DomainException("year.noneOpen"));
        this.primary = session.school().level() == vn.sotruong.core.school.SchoolLevel.TIEU_HOC;
        this.chart = new ReviewChart(text);
        this.histogram = new HistogramResult(session, year, text, sheets, chart);
        this.levelCounts = new LevelCountsResult(session, year, text, sheets, chart);
        session.services().years().subjects(year.id()).stream()
                .sorted(Comparator.comparingInt(s -> s.sortOrder()))
                .forEach(s -> {
                    subjects.add(new Choice(s.id(), s.code() + " · " + s.name()));
                    topics.put(s.id(), new Topic(s.code(), s.form(), false));
                });
        if (primary) {
            // the qualities and competences, after the subjects (ids below zero: they are not subjects)
            long id = -1;
            for (String q : vn.sotruong.core.assessment.tt27.Tt27RuleSet.QUALITIES) {
                subjects.add(new Choice(id, q + " · " + text.t("gradebook.quality." + q)));
                topics.put(id--, new Topic(q, null, true));
            }
        }
        subject.addListener((o, a, b) -> offerMeasures(b));
        Choice school = new Choice(null, text.t("review.wholeSchool"));
        classChoices.add(school);
        gradeChoices.add(school);
        teacherChoices.add(school);
        java.util.Set<Integer> grades = new java.util.TreeSet<>();
        session.services().organisation().classes(session.actor(), year.id()).forEach(c -> {
            classChoices.add(new Choice(c.id(), c.name()));
            grades.add(c.grade());
        });
        grades.forEach(g -> gradeChoices.add(new Choice((long) g, text.t("review.grade", g))));
        java.util.Set<Long> teaching = new java.util.HashSet<>();
        session.services().organisation().assignments(session.actor(), year.id()).forEach(a -> teaching.add(a.staffId()));
        session.services().organisation().staff(session.actor()).stream().filter(m -> teaching.contains(m.id()))
                .sorted(Comparator.comparing(m -> m.fullName()))
                .forEach(m -> teacherChoices.add(new Choice(m.id(), m.fullName())));
        subject.set(subjects.isEmpty() ? null : subjects.getFirst());
        overlay.addListener((o, a, b) -> offer(b));
        offer(Overlay.CLASS);
    }

    /** The columns of the chosen subject or quality; the chosen one stays when the new subject has it too. */
    private void offerMeasures(Choice c) {
        Topic t = c == null ? null : topics.get(c.id());
        List<String> offered;
        if (t == null) {
            offered = MEASURES;
        } else if (t.quality()) {
            offered = vn.sotruong.core.gradebook.ColumnLayout.POINTS;
        } else if (primary) {
            offered = t.form() == AssessmentForm.SCORED
                    ? java.util.stream.Stream.concat(PRIMARY_LEVELS.stream(), PRIMARY_TESTS.stream()).toList()
                    : PRIMARY_LEVELS;
        } else {
            offered = t.form() == AssessmentForm.SCORED ? MEASURES : COMMENT_MEASURES;
        }
        String was = measure.get();
        measures.setAll(offered);
        measure.set(offered.contains(was) ? was : offered.getFirst());
    }

    /**
     * The level column chosen, when its cells hold levels (a tiểu học level, a quality, a THCS subject assessed by
     * comment); null for a column of scores, whose view is the histogram.
     */
    private vn.sotruong.core.review.LevelColumn levelColumn() {
        Topic t = subject.get() == null ? null : topics.get(subject.get().id());
        if (t == null) {
            return null;
        }
        if (t.quality()) {
            return vn.sotruong.core.review.LevelColumn.quality(t.code(), measure.get());
        }
        return measure.get().endsWith(".MUC") || t.form() == AssessmentForm.COMMENT
                ? vn.sotruong.core.review.LevelColumn.subject(t.code(), measure.get()) : null;
    }

    /** The entries of the second picker for what is laid over the school: classes, grades or teachers. */
    private void offer(Overlay kind) {
        classes.setAll(switch (kind) {
            case CLASS -> classChoices;
            case GRADE -> gradeChoices;
            case TEACHER -> teacherChoices;
        });
        schoolClass.set(classes.getFirst());
    }

    /**
     * Computes the distribution of the chosen measure for the chosen class, grade or teacher laid over the school,
     * or the school's alone; an empty selection says so ("no data") instead of drawing an empty chart.
     */
    public void show() {
        noData.set("");
        Attempt.run(text, error, () -> {
            vn.sotruong.core.review.LevelColumn levels = levelColumn();
            Topic topic = subject.get() == null ? null : topics.get(subject.get().id());
            String code = topic == null || topic.quality() ? null : topic.code();
            Selection school = Selection.subject(code);
            boolean wholeSchool = schoolClass.get() == null || schoolClass.get().isNone();
            Selection sel = wholeSchool ? school : switch (overlay.get()) {
                case CLASS -> school.withClass(schoolClass.get().id());
                case GRADE -> new Selection(schoolClass.get().id().intValue(), null, code, null);
                case TEACHER -> school.withTeacher(schoolClass.get().id());
            };
            String label = wholeSchool ? null : schoolClass.get().label();
            String name = sheets.describe(sel, overlay.get() == Overlay.CLASS ? label : null,
                    overlay.get() == Overlay.TEACHER ? label : null);
            selectionName.set(wholeSchool ? text.t("review.school") : label);
            List<Selection> sels = wholeSchool ? List.of(school) : List.of(school, sel);
            noData.set(levels != null ? levelCounts.show(levels, measure.get(), sels, name)
                    : histogram.show(new Measure(measure.get()), sels, name));
        });
    }

    /**
     * From a finding to its numbers: the finding's subject with its class (or teacher) laid over the school, for
     * the finding's term — the average for class and teacher findings, as the scan compared them.
     */
    public void open(FindingRow row) {
        Finding f = row == null ? null : row.finding();
        if (f == null || f.subject() == null) {
            error.set(text.t("review.open.nothing"));
            return;
        }
        error.set("");
        subjects.stream().filter(c -> c.label().split(" · ")[0].equals(f.subject())).findFirst().ifPresent(subject::set);
        String t = term.get();
        if (primary) {
            // tiểu học compares the periodic test scores (cuối HK I for term 1, cuối năm otherwise)
            measure.set("1".equals(t) ? "CHK1.DIEM" : "CN.DIEM");
        } else {
            measure.set("2".equals(t) ? "HK2.TB" : "year".equals(t) ? "CN.TB" : "HK1.TB");
        }
        if (f.kind() == Finding.Kind.TEACHER_FAR_FROM_SCHOOL) {
            overlay.set(Overlay.TEACHER);
            String name = (String) f.args().getFirst();
            schoolClass.set(classes.stream().filter(c -> c.label().equals(name)).findFirst().orElse(classes.getFirst()));
        } else {
            overlay.set(Overlay.CLASS);
            schoolClass.set(Choice.find(classes, f.classId()));
        }
        show();
    }

    /** Mở ô: from a finding to its cells — the Sổ điểm page opened on its class and sheet with the cells selected. */
    public void openCells(FindingRow row) {
        Finding f = row == null ? null : row.finding();
        if (f == null) {
            error.set(text.t("review.open.nothing"));
            return;
        }
        error.set("");
        Attempt.run(text, error, () -> opener.accept(session.services().review().cells(session.actor(), year.id(), f,
                session.today())));
    }

    /**
     * Saves what the page shows — the distribution with its numbers and the anomaly list — as xlsx or PDF; before
     * anything is shown there is nothing to save.
     */
    public void save(Path out) {
        info.set("");
        if (Attempt.run(text, error, () -> {
            ReviewSheet d = chart.sheetProperty().get();
            ReviewSheet a = anomalies.get();
            if (d == null && a == null) {
                throw new vn.sotruong.core.common.DomainException("review.export.nothing");
            }
            ReviewSheet sheet = d == null ? a : a == null ? d : d.with(a);
            ReviewFiles.save(sheet, out, session.school().name(), session.today(), text.locale());
        })) {
            info.set(text.t("review.saved", out.getFileName()));
        }
    }

    public void scan() {
        int t = switch (term.get()) {
            case "2" -> 2;
            case "year" -> 0;
            default -> 1;
        };
        Attempt.run(text, error, () -> {
            List<Finding> found = session.services().review().anomalies(session.actor(), year.id(), t, session.today());
            anomalies.set(sheets.anomalies(year.label() + " · " + text.t("review.term." + term.get()), found));
            findings.setAll(found.stream().map(f -> new FindingRow(text.code(f.kind().labelKey()), f.scope(),
                    text.code(f.code(), f.args().toArray()), f)).toList());
        });
    }

    public ObservableList<Choice> subjects() {
        return subjects;
    }

    public ObservableList<Choice> classes() {
        return classes;
    }

    public ObjectProperty<Choice> subjectProperty() {
        return subject;
    }

    public ObjectProperty<Choice> classProperty() {
        return schoolClass;
    }

    public ObjectProperty<Overlay> overlayProperty() {
        return overlay;
    }

    /** The name of what is laid over the school (the chart's first series). */
    public StringProperty selectionNameProperty() {
        return selectionName;
    }

    /** "No data" for an empty selection; blank otherwise. */
    public StringProperty noDataProperty() {
        return noData;
    }

    public StringProperty measureProperty() {
        return measure;
    }

    /** The columns offered for the chosen subject or quality. */
    public ObservableList<String> measures() {
        return measures;
    }

    public StringProperty termProperty() {
        return term;
    }

    /** What the chart and the numbers table show. */
    public ReviewChart chart() {
        return chart;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    Session session() {
        return session;
    }

    public ObservableList<FindingRow> findings() {
        return findings;
    }

    public String measureLabel(String slot) {
        return chart.measureLabel(slot);
    }
}
