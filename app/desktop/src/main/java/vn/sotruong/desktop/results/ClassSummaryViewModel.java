package vn.sotruong.desktop.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.Approval;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.MissingEntry;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Permission;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Tổng hợp kết quả: one line per pupil with each subject's result for the period, learning, conduct,
 * absences and, for the year, the outcome and the award, each with its explanation; what is still
 * missing; and the principal's approval of the period (refused by the service while entries are missing).
 */
public final class ClassSummaryViewModel {
    /** A column of the summary; subjects are keyed by their code, the rest by a name ({@code learning}, …). */
    public record SummaryColumn(String key, String header, String description, double width) {
    }

    /** A cell: what it shows and why (the result's explanation); {@code warn} marks what needs attention. */
    public record SummaryCell(String shown, String note, boolean warn) {
        public static final SummaryCell EMPTY = new SummaryCell("", "", false);
    }

    public record SummaryRow(int stt, String name, boolean current, Map<String, SummaryCell> cells) {
        public SummaryCell cell(String key) {
            return cells.getOrDefault(key, SummaryCell.EMPTY);
        }
    }

    private final Session session;
    private final UiText text;
    private final ResultsService results;
    private final ObservableList<SummaryColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SchoolClass> schoolClass = new SimpleObjectProperty<>();
    private final ObjectProperty<ResultPeriod> period = new SimpleObjectProperty<>(ResultPeriod.HK1);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final StringProperty missing = new SimpleStringProperty("");
    private final StringProperty approvals = new SimpleStringProperty("");

    public ClassSummaryViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        this.results = session.services().results();
        period.addListener((o, a, p) -> {
            info.set("");
            load();
        });
    }

    /** Computes the class's results now from the stored entries (nothing is stored). */
    public void load() {
        error.set("");
        SchoolClass c = schoolClass.get();
        if (c == null) {
            columns.clear();
            rows.clear();
            return;
        }
        try {
            ClassResults r = results.classResults(session.actor(), c.id());
            List<MissingEntry> miss = results.missing(session.actor(), c.id(), period.get());
            show(c, r, miss);
            showApprovals(results.approvals(session.actor(), c.id()));
        } catch (RuntimeException e) {
            columns.clear();
            rows.clear();
            missing.set("");
            approvals.set("");
            error.set(text.error(e));
        }
    }

    private void show(SchoolClass c, ClassResults r, List<MissingEntry> miss) {
        ResultPeriod p = period.get();
        SummaryCells cells = r.book().rules() instanceof vn.sotruong.core.assessment.tt22.Tt22RuleSet
                ? new Tt22Cells(session, text, c.id(), p) : new Tt27Cells(session, text, c.id(), p);
        List<SummaryColumn> cols = new ArrayList<>();
        for (Subject s : r.book().subjects()) {
            String shortKey = "results.subject." + s.code();
            cols.add(new SummaryColumn(s.code(), text.has(shortKey) ? text.t(shortKey) : s.name(), s.name(), 50));
        }
        for (String key : cells.summaryKeys()) {
            cols.add(new SummaryColumn(key, text.t("results.col." + key), text.t("results.col." + key + ".help"),
                    width(key)));
        }
        cols.add(new SummaryColumn("missing", text.t("results.col.missing"), text.t("results.col.missing.help"), 58));
        Map<Long, List<MissingEntry>> missByPupil = miss.stream()
                .collect(Collectors.groupingBy(MissingEntry::pupilId, LinkedHashMap::new, Collectors.toList()));
        List<SummaryRow> list = new ArrayList<>();
        int stt = 0;
        for (PupilResult pr : r.rows()) {
            Map<String, SummaryCell> m = new HashMap<>(cells.cells(r.book(), pr));
            if (!pr.pupil().current()) {
                // a pupil who left keeps the line of the period attended; nothing of it asks for attention
                m.replaceAll((k, v) -> new SummaryCell(v.shown(), v.note(), false));
                String where = m.containsKey("outcome") ? "outcome" : "completion";
                if (m.containsKey(where)) {
                    m.put(where, new SummaryCell(text.t("results.left", text.date(pr.pupil().leftOn())), "", false));
                }
            }
            List<MissingEntry> mine = missByPupil.getOrDefault(pr.pupil().pupilId(), List.of());
            m.put("missing", mine.isEmpty() ? SummaryCell.EMPTY : new SummaryCell(String.valueOf(mine.size()),
                    mine.stream().limit(6).map(x -> x.sheet().label() + " " + x.header())
                            .collect(Collectors.joining(", ")) + (mine.size() > 6 ? ", …" : ""), true));
            list.add(new SummaryRow(++stt, pr.pupil().pupil().fullName(), pr.pupil().current(), m));
        }
        columns.setAll(cols);
        rows.setAll(list);
        long pupils = missByPupil.size();
        missing.set(miss.isEmpty() ? text.t("results.missing.none", periodLabel(p))
                : text.t("results.missing.some", miss.size(), pupils, periodLabel(p)));
    }

    private static double width(String key) {
        return switch (key) {
            case "outcome", "completion" -> 165;
            case "award" -> 142;
            case "absent" -> 50;
            default -> 80;
        };
    }

    private void showApprovals(List<Approval> list) {
        approvals.set(list.isEmpty() ? text.t("results.approvals.none") : text.t("results.approvals",
                list.stream().map(a -> text.t("results.approval", periodLabel(ResultPeriod.valueOf(a.period())),
                        a.approvedBy(), text.dateTime(a.approvedAt(), Session.SCHOOL_ZONE)))
                        .collect(Collectors.joining("; "))));
    }

    /** The principal approves the chosen period; a refusal is shown translated and nothing is recorded. */
    public boolean approve() {
        SchoolClass c = schoolClass.get();
        if (c == null) {
            return false;
        }
        info.set("");
        try {
            results.approve(session.actor(), c.id(), period.get());
        } catch (RuntimeException e) {
            error.set(text.error(e));
            return false;
        }
        load();
        info.set(text.t("results.approved", periodLabel(period.get()), c.name()));
        return true;
    }

    public boolean canApprove() {
        return session.actor().has(Permission.RESULTS_APPROVE);
    }

    public String periodLabel(ResultPeriod p) {
        return p == null ? "" : text.t("results.period." + p.name());
    }

    public ObservableList<SummaryColumn> columns() {
        return columns;
    }

    public ObservableList<SummaryRow> rows() {
        return rows;
    }

    public ObjectProperty<SchoolClass> schoolClassProperty() {
        return schoolClass;
    }

    public ObjectProperty<ResultPeriod> periodProperty() {
        return period;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    /** "Còn n đầu điểm chưa nhập …" for the period. */
    public StringProperty missingProperty() {
        return missing;
    }

    public StringProperty approvalsProperty() {
        return approvals;
    }
}
