package vn.sotruong.desktop.review;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.deadline.PlanItem;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Việc quá hạn: for the principal, the items of the year's record-keeping plan whose day has passed and that are
 * still outstanding (entries missing after their deadline, classes without the month's note), oldest first.
 */
public final class OverdueViewModel {
    /** One overdue item: what, by when, how many days late, what is still outstanding. */
    public record Row(String item, String due, String late, String outstanding) {
    }

    private final Session session;
    private final UiText text;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");

    public OverdueViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
    }

    /** Reads the overdue items as of today; one who may not approve results is told so and sees nothing. */
    public void load() {
        rows.clear();
        Attempt.run(text, error, () -> {
            long year = session.currentYear().orElseThrow(() -> new vn.sotruong.core.common.DomainException(
                    "year.noneOpen")).id();
            List<PlanItem> items = session.services().plan().overdue(session.actor(), year, session.today());
            rows.setAll(items.stream().map(i -> new Row(text.code(i.code(), i.args().toArray()), text.date(i.due()),
                    text.code("plan.overdueDays", -i.daysLeft(session.today())),
                    text.code(i.code().startsWith("plan.entry") ? "plan.outstanding.entry" : "plan.outstanding.notes",
                            i.outstanding()))).toList());
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
