package vn.sotruong.core.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The port to what lays notices out as printed slips (phiếu thông báo; the reports module's PDF). */
public interface NoticeSlips {
    void write(String school, NoticeBatch batch, List<ParentNotice> notices, OutputStream out) throws IOException;
}
