package vn.sotruong.core.correction;

import java.io.IOException;

/** Lays a correction minute out as a PDF (the reports module's JasperReports layout). */
public interface MinutePrinter {
    byte[] print(MinuteSheet sheet) throws IOException;
}
