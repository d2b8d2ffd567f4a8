package vn.sotruong.core.registers;

import java.nio.file.Path;
import java.util.List;

/**
 * Máy in: the port to the operating system's printers (the reports module's, with javax.print and PDFBox), so core
 * decides what is recorded and never sees the print system.
 */
public interface PaperPrinter {
    /** The names of the printers installed, the default one first; empty when there is none. */
    List<String> printers();

    /**
     * Sends the PDF to the printer and waits for the job to end; a job that fails is reported in the outcome, not
     * thrown. {@code paper} and {@code duplex} are asked of the printer, which may refuse them in the outcome.
     */
    PaperOutcome print(Path pdf, PaperJob job);
}
