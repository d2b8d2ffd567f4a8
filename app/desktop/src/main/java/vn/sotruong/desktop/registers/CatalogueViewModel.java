package vn.sotruong.desktop.registers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.registers.BookSigningService;
import vn.sotruong.core.registers.CatalogueEntry;
import vn.sotruong.core.registers.KeepingStep;
import vn.sotruong.core.registers.RecordCatalogue;
import vn.sotruong.core.registers.RecordCatalogueService;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Danh mục hồ sơ: the books the school keeps this year and how far each has come, loaded in the background; the
 * clerk records a printed book bound or archived with its day; the catalogue is saved as .xlsx or .pdf to present
 * for approval.
 */
public final class CatalogueViewModel {
    private final Session session;
    private final UiText text;
    private final RegisterTexts names;
    private final RecordCatalogueService catalogues;
    private final BookSigningService keeping;
    private final SchoolYear year;
    private final ObservableList<CatalogueRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RecordCatalogue> catalogue = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public CatalogueViewModel(Session session, RecordCatalogueService catalogues, BookSigningService keeping,
                              UiText text) {
        this.session = session;
        this.text = text;
        this.names = new RegisterTexts(text);
        this.catalogues = catalogues;
        this.keeping = keeping;
        this.year = session.currentYear().orElseThrow(() -> new DomainException("year.noneOpen"));
        day.set(LocalDate.now(session.clock().withZone(Session.SCHOOL_ZONE)));
    }

    /** Reads the catalogue again (in the background: every printed book is checked against the data). */
    public void load() {
        busy.set(true);
        summary.set(text.t("catalogue.loading"));
        session.background().run(() -> catalogues.catalogue(session.actor(), year.id()), (RecordCatalogue c) -> {
            busy.set(false);
            catalogue.set(c);
            rows.setAll(rows(c));
            summary.set(text.t("catalogue.summary", c.entries().size(),
                    c.counts().get(vn.sotruong.core.registers.RecordState.NOT_PRINTED), c.outOfDate()));
        }, failure -> {
            busy.set(false);
            summary.set("");
            error.set(text.error(failure));
        });
    }

    private List<CatalogueRow> rows(RecordCatalogue c) {
        List<List<String>> cells = c.rows();
        List<CatalogueRow> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            CatalogueEntry e = c.entries().get(i);
            List<String> r = cells.get(i);
            out.add(new CatalogueRow(i + 1, names.shortBook(e.register()), names.bookFor(e.bookFor()),
                    text.t("catalogue.state." + e.state().name()), e.print() == null ? 0 : e.print().id(), r.get(5),
                    r.get(6), r.get(7), r.get(8), e.outOfDate() ? text.t("catalogue.outOfDate") : "", e.outOfDate()));
        }
        return out;
    }

    /** Records the chosen book bound or archived on the day chosen; refusals are shown and change nothing. */
    public void keep(CatalogueRow row, KeepingStep step) {
        error.set("");
        info.set("");
        if (row == null || row.ledgerId() == 0) {
            error.set(text.t("catalogue.choosePrinted"));
            return;
        }
        LocalDate on = day.get();
        busy.set(true);
        session.background().run(() -> keeping.keep(session.actor(), row.ledgerId(), step, on), k -> {
            busy.set(false);
            info.set(text.t(step == KeepingStep.BOUND ? "catalogue.bound" : "catalogue.archived",
                    String.valueOf(row.ledgerId()), text.date(on)));
            load();
        }, failure -> {
            busy.set(false);
            error.set(text.error(failure));
        });
    }

    /** Writes the catalogue loaded to {@code out} (.xlsx or .pdf). */
    public void save(Path out) {
        error.set("");
        info.set("");
        RecordCatalogue c = catalogue.get();
        if (c == null) {
            error.set(text.t("catalogue.notLoaded"));
            return;
        }
        session.background().run(() -> {
            vn.sotruong.cli.RecordCatalogueFiles.save(c, out);
            return out;
        }, p -> info.set(text.t("catalogue.saved", p.toString())), failure -> error.set(text.error(failure)));
    }

    /** A file name for the save dialog. */
    public String suggestedFileName(String extension) {
        return "danh-muc-ho-so-" + year.label() + "." + extension;
    }

    public ObservableList<CatalogueRow> rows() {
        return rows;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
