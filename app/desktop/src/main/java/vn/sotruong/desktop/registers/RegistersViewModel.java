package vn.sotruong.desktop.registers;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.BookChoices;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.PrintStatusService;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.registers.RegisterService;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * In sổ: choose a book (those this version prints, with the scopes, periods and papers each offers), the classes it
 * covers and the file; the print runs in the background and lands in the print ledger. Below, the ledger of the
 * year with each print's standing (còn đúng / đã lỗi thời and why) and "In lại" for an out-of-date one.
 */
public final class RegistersViewModel {
    private final UiText text;
    private final RegisterTexts names;
    private final SchoolYear year;
    private final BookOptionsChoice options;
    private final PageStatus status = new PageStatus();
    private final LedgerViewModel ledger;
    private final PrintJobViewModel job;

    private final ObservableList<RegisterName> books = FXCollections.observableArrayList();
    private final ObjectProperty<RegisterName> book = new SimpleObjectProperty<>();
    private final ObservableList<RegisterScope.Kind> scopeKinds = FXCollections.observableArrayList();
    private final ObjectProperty<RegisterScope.Kind> scopeKind = new SimpleObjectProperty<>();
    private final ObservableList<Choice> classes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> schoolClass = new SimpleObjectProperty<>();
    private final ObservableList<Integer> grades = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> grade = new SimpleObjectProperty<>();
    private final ObservableList<RegisterPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<RegisterPeriod> period = new SimpleObjectProperty<>();
    private final ObservableList<Paper> papers = FXCollections.observableArrayList();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>();
    private final StringProperty out = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty twoSided = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty draft = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty bindingOrder = new SimpleStringProperty("");

    public RegistersViewModel(Session session, RegisterService registers, PrintStatusService standing,
                              vn.sotruong.core.registers.BookSigningService signing, UiText text) {
        this.text = text;
        this.names = new RegisterTexts(text);
        this.year = session.currentYear().orElseThrow(() -> new DomainException("year.noneOpen"));
        List<SchoolClass> visible = session.services().organisation().classes(session.actor(), year.id()).stream()
                .sorted(java.util.Comparator.comparingInt(SchoolClass::grade).thenComparing(SchoolClass::name)).toList();
        visible.forEach(c -> classes.add(new Choice(c.id(), c.name())));
        visible.stream().map(SchoolClass::grade).distinct().forEach(grades::add);
        this.options = new BookOptionsChoice(session, year.id());
        this.ledger = new LedgerViewModel(session, text, names, standing, signing, year.id(), status);
        this.job = new PrintJobViewModel(session, text, names, registers, status, ledger);
        books.setAll(BookChoices.printable());
        book.addListener((o, was, now) -> offer(now));
        book.set(books.isEmpty() ? null : books.getFirst());
    }

    /** The choices the chosen book offers; a choice still offered is kept. */
    private void offer(RegisterName b) {
        if (b == null) {
            return;
        }
        BookChoices o = BookChoices.of(b);
        RegisterScope.Kind kind = scopeKind.get();
        scopeKinds.setAll(java.util.Arrays.stream(RegisterScope.Kind.values()).filter(o.scopes()::contains).toList());
        scopeKind.set(scopeKinds.contains(kind) ? kind : scopeKinds.getFirst());
        RegisterPeriod p = period.get();
        periods.setAll(o.periods());
        period.set(periods.contains(p) ? p : periods.getFirst());
        Paper pa = paper.get();
        papers.setAll(o.papers());
        paper.set(papers.contains(pa) ? pa : papers.getFirst());
        bindingOrder.set(names.bindingOrder(b));
        options.offer(b);
    }

    /** The request as chosen; a scope without its class or grade is refused with the reason. */
    PrintRequest request() {
        if (book.get() == null) {
            throw new DomainException("registers.page.chooseBook");
        }
        RegisterScope scope = switch (scopeKind.get()) {
            case CLASS -> {
                if (schoolClass.get() == null || schoolClass.get().isNone()) {
                    throw new DomainException("registers.page.chooseClass");
                }
                yield RegisterScope.ofClass(schoolClass.get().label());
            }
            case GRADE -> {
                if (grade.get() == null) {
                    throw new DomainException("registers.page.chooseGrade");
                }
                yield RegisterScope.ofGrade(grade.get());
            }
            case SCHOOL -> RegisterScope.school();
        };
        return new PrintRequest(book.get(), scope, period.get(), paper.get(), year.id(), options.options(book.get()),
                twoSided.get(), draft.get());
    }

    /** A file name for the chosen book ("so-theo-doi-danh-gia-7A-1.pdf"), for the save dialog. */
    public String suggestedFileName() {
        try {
            return fileName(request());
        } catch (DomainException e) {
            return book.get() == null ? "so.pdf" : book.get().code() + ".pdf";
        }
    }

    static String fileName(PrintRequest r) {
        String scope = r.scope().text().replace("class:", "").replace("grade:", "khoi-").replace("school", "toan-truong");
        return r.register().code() + "-" + scope + "-" + r.period().code() + "-" + r.paper().name() + ".pdf";
    }

    /** Prints the chosen book into the file named in {@link #outProperty()}. */
    public void print() {
        PrintRequest r;
        Path target;
        try {
            r = request();
            target = target();
        } catch (DomainException e) {
            status.errorProperty().set(text.error(e));
            return;
        }
        job.run(r, target);
    }

    /** Prints an out-of-date book again, as it was asked for then, into the file named in {@link #outProperty()}. */
    public void reprint(LedgerRow row) {
        if (row == null || !row.outOfDate()) {
            status.errorProperty().set(text.t("registers.page.chooseOutOfDate"));
            return;
        }
        Path target;
        try {
            target = target();
        } catch (DomainException e) {
            status.errorProperty().set(text.error(e));
            return;
        }
        job.run(row.request(), target);
    }

    private Path target() {
        String f = out.get() == null ? "" : out.get().strip();
        if (f.isEmpty()) {
            throw new DomainException("registers.page.chooseFile");
        }
        if (!f.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            f = f + ".pdf";
        }
        try {
            return Path.of(f).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            throw new DomainException("registers.outNotWritable", f);
        }
    }

    String label(RegisterName b) {
        return names.book(b);
    }

    String label(RegisterScope.Kind k) {
        return names.kind(k);
    }

    String label(RegisterPeriod p) {
        return names.period(p);
    }

    /** The busy flag, progress line, error and success the page shows. */
    public PageStatus status() {
        return status;
    }

    /** The year's print ledger below the form. */
    public LedgerViewModel ledger() {
        return ledger;
    }

    /** The print now running (progress, "Dừng in") and the book it printed. */
    public PrintJobViewModel job() {
        return job;
    }

    /** The month, teacher and subject, or assessment point the chosen book asks for. */
    public BookOptionsChoice options() {
        return options;
    }

    public ObservableList<RegisterName> books() {
        return books;
    }

    public ObjectProperty<RegisterName> bookProperty() {
        return book;
    }

    public ObservableList<RegisterScope.Kind> scopeKinds() {
        return scopeKinds;
    }

    public ObjectProperty<RegisterScope.Kind> scopeKindProperty() {
        return scopeKind;
    }

    public ObservableList<Choice> classes() {
        return classes;
    }

    public ObjectProperty<Choice> schoolClassProperty() {
        return schoolClass;
    }

    public ObservableList<Integer> grades() {
        return grades;
    }

    public ObjectProperty<Integer> gradeProperty() {
        return grade;
    }

    public ObservableList<RegisterPeriod> periods() {
        return periods;
    }

    public ObjectProperty<RegisterPeriod> periodProperty() {
        return period;
    }

    public ObservableList<Paper> papers() {
        return papers;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** In hai mặt: the binding margin mirrored on even pages and each class starting on an odd page. */
    public javafx.beans.property.BooleanProperty twoSidedProperty() {
        return twoSided;
    }

    /** In bản nháp: a book whose required entries are missing prints watermarked, the gaps "chưa đủ". */
    public javafx.beans.property.BooleanProperty draftProperty() {
        return draft;
    }

    public StringProperty outProperty() {
        return out;
    }

    public StringProperty bindingOrderProperty() {
        return bindingOrder;
    }













}
