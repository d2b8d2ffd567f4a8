package vn.sotruong.cli;

import java.util.List;
import vn.sotruong.core.registers.DossierWriter;
import vn.sotruong.data.pupil.DossierXlsxWriter;
import vn.sotruong.reports.JasperDossierWriter;

/**
 * The documents' writers, composed once for the command line and the desktop: hồ sơ chuyển trường (PDF, then xlsx)
 * and the printed slips of notices to parents.
 */
public final class DossierFormats {
    private DossierFormats() {
    }

    public static List<DossierWriter> writers() {
        return List.of(new JasperDossierWriter(), new DossierXlsxWriter());
    }

    public static vn.sotruong.core.notice.NoticeSlips noticeSlips() {
        return new vn.sotruong.reports.JasperNoticeSlips();
    }
}
