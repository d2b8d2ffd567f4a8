package vn.sotruong.desktop.registers;

import java.util.ArrayList;
import java.util.List;
import vn.sotruong.core.registers.PrintedPart;
import vn.sotruong.core.registers.CorrectionSince;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintStatus;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * How the print screen names books, scopes and periods, and explains a print's standing. A book without its own
 * label in the bundle shows its command-line name, so a newly available book appears without changes here.
 */
final class RegisterTexts {
    private final UiText text;

    RegisterTexts(UiText text) {
        this.text = text;
    }

    String book(RegisterName book) {
        String key = "registers.book." + book.code();
        return text.has(key) ? text.t(key) : book.code();
    }

    /** The order the book's pages are bound in, as the page explains it before printing. */
    /** The book's short name for the catalogue's narrow column ("Sổ gọi tên và điểm danh"). */
    String shortBook(RegisterName book) {
        String key = "catalogue.book." + book.code();
        return text.has(key) ? text.t(key) : book(book);
    }

    /** What a catalogue line is for, in the reader's language ("Lớp 6A · tháng 09/2026", "Class 6A · 09/2026"). */
    String bookFor(vn.sotruong.core.registers.BookFor f) {
        if (f.teacher() != null) {
            return text.t("catalogue.what.teacher", f.teacher(), f.subject(), String.join(", ", f.classes()));
        }
        if (f.classes().isEmpty()) {
            return text.t("catalogue.what.school");
        }
        if (f.month() != null) {
            return text.t("catalogue.what.classMonth", f.classes().getFirst(),
                    f.month().format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")));
        }
        return text.t("catalogue.what.class", f.classes().getFirst());
    }

    String bindingOrder(RegisterName book) {
        String key = "registers.order." + book.code();
        return text.has(key) ? text.t(key) : text.t("registers.order.default");
    }

    String kind(RegisterScope.Kind kind) {
        return text.t("registers.scope." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    String scope(RegisterScope scope) {
        return switch (scope.kind()) {
            case CLASS -> text.t("registers.scope.ofClass", scope.className());
            case GRADE -> text.t("registers.scope.ofGrade", scope.grade());
            case SCHOOL -> text.t("registers.scope.school");
        };
    }

    /** What a book was printed for besides its period: " · tháng 10/2026", " · Giữa học kì I", " · trống". */
    private String options(vn.sotruong.core.registers.BookOptions o) {
        if (o == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (o.month() != null) {
            b.append(" · ").append(text.t("registers.ofMonth", String.format("%02d/%d", o.month().getMonthValue(),
                    o.month().getYear())));
        }
        if (o.subject() != null) {
            b.append(" · ").append(o.subject());
        }
        if (o.point() != null) {
            b.append(" · ").append(text.t("gradebook.point." + o.point()));
        }
        if (o.blank()) {
            b.append(" · ").append(text.t("registers.ofBlank"));
        }
        return b.toString();
    }

    String period(RegisterPeriod period) {
        return text.t("registers.period." + period.code());
    }

    LedgerRow row(PrintStatus s, vn.sotruong.core.registers.BookSignature signature) {
        PrintRecord p = s.print();
        String parts = bindingOrder(p.parts());
        String standing = text.t("registers.standing." + s.standing().name().toLowerCase(java.util.Locale.ROOT));
        return new LedgerRow(p.id(), book(p.request().register()), scope(p.request().scope()),
                period(p.request().period()) + options(p.request().options()), p.request().paper().name(), p.printedBy(),
                text.dateTime(p.printedAt(), Session.SCHOOL_ZONE), p.pages(), p.fingerprint().substring(0, 12),
                signature == null ? standing : standing + " · " + text.t("registers.signedShort"), reason(s),
                s.standing() == vn.sotruong.core.registers.PrintStanding.SUPERSEDED, s.toReprint(), parts,
                p.request(), signature == null ? "" : text.t("registers.signedBy", signature.login(),
                        text.dateTime(signature.signedAt(), Session.SCHOOL_ZONE)));
    }

    /**
     * The parts in binding order with their pages; parts printed on the same pages (the subject sheets of a class
     * share their section's pages in the ledger) are named together: "7A · Bìa (tr. 1); 7A · Toán, 7A · Ngữ văn
     * (tr. 2–14)".
     */
    String bindingOrder(List<PrintedPart> parts) {
        List<String> out = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PrintedPart x = parts.get(i);
            labels.add(x.label());
            PrintedPart next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            if (next == null || next.firstPage() != x.firstPage() || next.pages() != x.pages()) {
                int last = x.firstPage() + Math.max(1, x.pages()) - 1;
                out.add(text.t("registers.part", String.join(", ", labels),
                        last == x.firstPage() ? String.valueOf(last) : x.firstPage() + "–" + last));
                labels.clear();
            }
        }
        return String.join("; ", out);
    }

    private String reason(PrintStatus s) {
        StringBuilder b = new StringBuilder();
        switch (s.standing()) {
            case CURRENT -> b.append("");
            case UNCHECKED -> b.append(text.code(s.problemCode(), s.problemArgs().toArray()));
            case SUPERSEDED -> {
                for (CorrectionSince c : s.corrections()) {
                    b.append(text.t("registers.reason.correction", c.number(), c.className(),
                            text.dateTime(c.appliedAt(), Session.SCHOOL_ZONE))).append(' ');
                }
                b.append(s.corrections().isEmpty() ? text.t("registers.reason.changed", String.join(", ", s.changedParts()))
                        : text.t("registers.reason.parts", String.join(", ", s.changedParts())));
            }
        }
        if (s.reprintedAs() != null) {
            b.append(b.isEmpty() ? "" : " ").append(text.t("registers.reason.reprinted", String.valueOf(s.reprintedAs())));
        }
        return b.toString().strip();
    }
}
