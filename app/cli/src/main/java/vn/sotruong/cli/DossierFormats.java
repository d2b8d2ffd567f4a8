package vn.sotruong.cli;

import java.util.List;
import vn.sotruong.core.registers.DossierWriter;
import vn.sotruong.data.pupil.DossierXlsxWriter;
import vn.sotruong.reports.JasperDossierWriter;

/** Hồ sơ chuyển trường's formats, composed once for the command line and the desktop: PDF, then xlsx. */
public final class DossierFormats {
    private DossierFormats() {
    }

    public static List<DossierWriter> writers() {
        return List.of(new JasperDossierWriter(), new DossierXlsxWriter());
    }
}
