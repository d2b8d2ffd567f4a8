package vn.sotruong.desktop.year;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.year.CalendarDay;
import vn.sotruong.core.year.TeachingWeek;
import vn.sotruong.core.year.Term;
import vn.sotruong.desktop.common.FormDialog;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.common.Modal;
import vn.sotruong.desktop.i18n.UiText;

/** Năm học & lịch: three tabs over the year's terms and weeks, calendar, subjects. */
public final class YearView {
    private final VBox root;
    private final TabPane tabs;
    private final YearViewModel vm;
    private final UiText text;

    public YearView(YearViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        TabPane tabs = new TabPane(
                tab("year-tab-weeks", text.t("year.tab.weeks"), weeksTab()),
                tab("year-tab-calendar", text.t("year.tab.calendar"), calendarTab()),
                tab("year-tab-subjects", text.t("year.tab.subjects"), subjectsTab()));
        tabs.setId("year-tabs");
        if (vm.canEdit()) {
            // Chuyển năm học: for who sets the school up; the plan is made when the tab is opened
            RolloverViewModel rollover = vm.rollover();
            Tab tab = tab("year-tab-rollover", text.t("year.tab.rollover"), RolloverView.create(rollover, text));
            tab.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    rollover.load();
                }
            });
            tabs.getTabs().add(tab);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = Fx.page(Fx.title(text.t("year.title", vm.yearLabel())), Fx.infoLabel(vm.infoProperty(), "year-info"),
                tabs);
        root.setId("year-page");
        this.tabs = tabs;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** An edit button for the selected row of {@code table}, shown only to those who may change the year. */
    private <T> Button editButton(String id, String label, TableView<T> table, java.util.function.Consumer<T> open) {
        Button edit = Fx.button(id, label, Material2OutlinedAL.EDIT);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> open.accept(table.getSelectionModel().getSelectedItem()));
        edit.setVisible(vm.canEdit());
        edit.setManaged(vm.canEdit());
        return edit;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private Node weeksTab() {
        TableView<Term> terms = Fx.table("year-terms", text.t("table.empty"));
        terms.getColumns().add(Fx.column(text.t("term.column"), 120,
                (Term t) -> text.t("term.label", t.number() == 1 ? "I" : "II")));
        terms.getColumns().add(Fx.column(text.t("term.start"), 120, (Term t) -> text.date(t.start())));
        terms.getColumns().add(Fx.column(text.t("term.end"), 120, (Term t) -> text.date(t.end())));
        terms.getColumns().add(Fx.column(text.t("term.weekCount"), 100, (Term t) -> String.valueOf(t.teachingWeeks())));
        terms.setItems(vm.terms());
        // header and both terms, never squeezed by the weeks below
        terms.setMinHeight(130);
        terms.setPrefHeight(130);
        terms.setMaxHeight(130);

        TableView<TeachingWeek> weeks = Fx.table("year-weeks", text.t("table.empty"));
        weeks.getColumns().add(Fx.column(text.t("week.number"), 80, (TeachingWeek w) -> String.valueOf(w.number())));
        weeks.getColumns().add(Fx.column(text.t("term.column"), 100,
                (TeachingWeek w) -> text.t("term.label", w.term() == 1 ? "I" : "II")));
        weeks.getColumns().add(Fx.column(text.t("week.from"), 140, (TeachingWeek w) -> text.date(w.monday())));
        weeks.getColumns().add(Fx.column(text.t("week.to"), 140, (TeachingWeek w) -> text.date(w.sunday())));
        weeks.setItems(vm.weeks());
        VBox.setVgrow(weeks, Priority.ALWAYS);
        Label note = new Label(text.t("week.note"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label total = new Label();
        total.setId("year-total-weeks");
        total.textProperty().bind(vm.totalWeeksProperty());
        HBox termBar = Fx.buttons(editButton("term-edit", text.t("term.edit"), terms, t -> FormDialog.open(window(),
                text.t("year.tab.weeks"), close -> YearFormViews.term(vm.termForm(t), text, close))), Fx.grow(), total);
        VBox box = new VBox(10, Fx.section(text.t("year.terms")), termBar, terms, Fx.section(text.t("year.weeks")),
                note, weeks);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return box;
    }

    private Node calendarTab() {
        TableView<CalendarDay> days = Fx.table("year-calendar", text.t("calendar.empty"));
        days.getColumns().add(Fx.column(text.t("calendar.date"), 110, (CalendarDay d) -> text.date(d.date())));
        days.getColumns().add(Fx.column(text.t("calendar.weekday"), 100,
                (CalendarDay d) -> text.t("day." + d.date().getDayOfWeek().getValue())));
        days.getColumns().add(Fx.column(text.t("calendar.kind"), 130, (CalendarDay d) -> text.t("daykind." + d.kind())));
        days.getColumns().add(Fx.column(text.t("calendar.name"), 300, CalendarDay::name));
        days.setItems(vm.days());
        VBox.setVgrow(days, Priority.ALWAYS);

        Button add = new Button(text.t("calendar.add"), Fx.icon(Material2OutlinedAL.ADD));
        add.setId("calendar-add");
        add.setOnAction(e -> openForm(days, null));
        Button edit = new Button(text.t("calendar.edit"), Fx.icon(Material2OutlinedAL.EDIT));
        edit.setId("calendar-edit");
        edit.disableProperty().bind(days.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openForm(days, days.getSelectionModel().getSelectedItem()));
        Button remove = new Button(text.t("calendar.remove"), Fx.icon(Material2OutlinedAL.DELETE));
        remove.setId("calendar-remove");
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(days.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(days.getSelectionModel().getSelectedItem()));
        HBox actions = Fx.buttons(add, edit, remove);
        actions.setVisible(vm.canEdit());
        actions.setManaged(vm.canEdit());
        if (vm.canEdit()) {
            days.setRowFactory(tv -> {
                TableRow<CalendarDay> row = new TableRow<>();
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                        openForm(days, row.getItem());
                    }
                });
                return row;
            });
        }
        Label note = new Label(text.t("calendar.note"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(10, note, actions, Fx.errorLabel(vm.errorProperty(), "calendar-error"), days);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return box;
    }

    private void openForm(TableView<CalendarDay> owner, CalendarDay original) {
        Stage[] stage = new Stage[1];
        HolidayFormView form = new HolidayFormView(vm.holidayForm(original), text, () -> stage[0].close());
        stage[0] = Modal.open(owner.getScene().getWindow(),
                text.t(original == null ? "calendar.add.title" : "calendar.edit.title"), form.root());
    }

    private Node subjectsTab() {
        TableView<Subject> table = Fx.table("year-subjects", text.t("table.empty"));
        table.getColumns().add(Fx.column(text.t("subject.code"), 110, Subject::code));
        table.getColumns().add(Fx.column(text.t("subject.name"), 260, Subject::name));
        table.getColumns().add(Fx.column(text.t("subject.form"), 110,
                (Subject s) -> text.t(s.form() == AssessmentForm.SCORED ? "subject.form.scored" : "subject.form.comment")));
        for (int grade : vm.grades()) {
            table.getColumns().add(Fx.column(text.t("subject.grade", grade), 80, (Subject s) -> {
                Integer p = s.periodsPerGrade().get(grade);
                return p == null ? "—" : String.valueOf(p);
            }));
        }
        table.setItems(vm.subjects());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label(text.t("subject.note"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button edit = editButton("subject-edit", text.t("subject.edit"), table, subject -> FormDialog.open(window(),
                text.t("year.tab.subjects"), close -> YearFormViews.subject(vm.subjectForm(subject), text, close)));
        VBox box = new VBox(10, note, Fx.buttons(edit), table);
        box.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        return box;
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    public Node root() {
        return root;
    }
}
