package vn.sotruong.desktop.pupils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.cli.DossierFormats;
import vn.sotruong.core.notice.NoticeBatch;
import vn.sotruong.core.notice.NoticePeriod;
import vn.sotruong.core.notice.ParentNotice;
import vn.sotruong.core.notice.ParentNoticeService;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Thông báo gửi cha mẹ học sinh for the chosen class: a week or a month, the preview of each pupil's message, the
 * issue as a CSV or as printed slips (each recorded in the history), and the year's history for the checks.
 */
public final class NoticesViewModel {
    /** A line of the history, as shown. */
    public record HistoryLine(String issuedAt, String className, String period, String form, String count,
                              String issuedBy) {
    }

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Session session;
    private final UiText text;
    private final ParentNoticeService service;
    private final ObjectProperty<SchoolClass> schoolClass;
    private final ObjectProperty<NoticePeriod.Kind> kind = new SimpleObjectProperty<>(NoticePeriod.Kind.WEEK);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObservableList<ParentNotice> preview = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> history = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    NoticesViewModel(Session session, UiText text, ObjectProperty<SchoolClass> schoolClass) {
        this.session = session;
        this.text = text;
        this.service = session.services().parentNotices();
        this.schoolClass = schoolClass;
        day.set(session.today());
    }

    public NoticePeriod period() {
        return NoticePeriod.of(kind.get(), day.get() == null ? session.today() : day.get());
    }

    /** The messages as they would be issued now; changes nothing. */
    public void runPreview() {
        SchoolClass c = schoolClass.get();
        preview.clear();
        if (c != null) {
            Attempt.run(text, error, () -> preview.setAll(service.prepare(session.actor(), c.id(), period())));
        }
    }

    /** Issues the notices into the file: CSV, or the slips as a PDF; recorded in the history. */
    public boolean issue(NoticeBatch.Form form, Path file) {
        SchoolClass c = schoolClass.get();
        if (c == null) {
            return false;
        }
        boolean ok = Attempt.run(text, error, () -> {
            NoticeBatch b = service.issueTo(session.actor(), c.id(), period(), form, DossierFormats.noticeSlips(), file);
            info.set(text.t("notices.issued", b.count(), c.name(), b.period().label(), file.getFileName()));
        });
        if (ok) {
            loadHistory();
        }
        return ok;
    }

    public void loadHistory() {
        session.currentYear().ifPresent(y -> Attempt.run(text, error, () -> history.setAll(
                service.history(session.actor(), y.id()).stream().map(b -> new HistoryLine(
                        AT.format(b.issuedAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))), b.className(), b.period().label(),
                        text.t("notices.form." + b.form().name()), String.valueOf(b.count()), b.issuedBy())).toList())));
    }

    public ObjectProperty<NoticePeriod.Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<ParentNotice> preview() {
        return preview;
    }

    public ObservableList<HistoryLine> history() {
        return history;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
