package vn.sotruong.desktop.shell;

import java.util.Locale;
import vn.sotruong.desktop.backup.Backups;

/** What the main window asks of the application around it. */
public interface ShellActions {
    void signOut();

    /** Re-renders everything in the other language, keeping the open page. */
    void switchLanguage(Locale locale, NavItem openPage);

    void quit();

    /** Backups of the store the app has open; a restore through it ends the signed-in window. */
    Backups backups();

    /** The printer of books (the reports module's), which the composition root chooses. */
    vn.sotruong.core.registers.RegisterPrinter registerPrinter();

    /** Signing correction minutes with the reports module's layout and PAdES signer. */
    vn.sotruong.core.correction.MinuteSigningService minuteSigning();

    /** Shows a PDF or an evidence file in the system's viewer. */
    vn.sotruong.desktop.common.DocumentOpener documents();

    /** The LAN service this app runs for the workstations when sharing is on (Máy trạm page). */
    vn.sotruong.desktop.lan.LanHost lanHost();

    /** The PDF signer (PAdES, the reports module's), which the composition root chooses. */
    vn.sotruong.core.signature.PdfSignatures pdfSignatures();

    /** Draws a printed book's pages for "Xem trước" (the reports module's, with PDFBox; ADR 0040). */
    vn.sotruong.core.registers.PageImages pageImages();

    /** The operating system's printers for "In ra máy in…" (the reports module's, with javax.print; ADR 0040). */
    vn.sotruong.core.registers.PaperPrinter paperPrinter();
}
