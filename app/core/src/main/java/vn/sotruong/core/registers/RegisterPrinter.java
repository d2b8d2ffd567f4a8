package vn.sotruong.core.registers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The port to whatever lays books out on paper (the reports module's JasperReports printer). Core hands it
 * data only; the printer owns the templates, fonts and PDF.
 */
public interface RegisterPrinter {
    /** Whether the printer has a layout for the document's sections on that paper. */
    boolean canPrint(RegisterDocument document, Paper paper);

    /**
     * Writes the document as one PDF carrying the stamp (in its metadata and in small print at the foot of every
     * page); returns how many pages each section took.
     */
    default PrintedBook print(RegisterDocument document, Paper paper, PrintStamp stamp, OutputStream out)
            throws IOException {
        return print(document, paper, stamp, out, section -> { });
    }

    /**
     * The same, telling {@code beforeSection} the index of each section before it is laid out; what it throws
     * (a cancelled job) ends the print.
     */
    PrintedBook print(RegisterDocument document, Paper paper, PrintStamp stamp, OutputStream out,
                      IntConsumer beforeSection) throws IOException;

    /** The stamp a PDF printed here carries, or empty for any other file. */
    Optional<PrintStamp> readStamp(Path pdf) throws IOException;
}
