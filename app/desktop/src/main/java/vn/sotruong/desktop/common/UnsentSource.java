package vn.sotruong.desktop.common;

import java.util.List;

/**
 * Nơi còn ô chưa lưu: a page of the workstation window whose typed cells the office PC has not confirmed yet (Sổ điểm,
 * Điểm danh). Leaving the window asks about them all in one list (desktop {@code lan.UnsentOnLeave}), sends them
 * again, or discards them on the person's decision.
 */
public interface UnsentSource {
    /** One cell not confirmed, in the school's words: lớp, sổ, học sinh, cột (or ngày và buổi), giá trị, trạng thái. */
    record Row(String className, String sheet, String pupil, String column, String value, String state) {
    }

    /** The cells not confirmed by the office PC yet, in the order typed or shown; empty when all are saved. */
    List<Row> unsentRows();

    /** Gửi lại: sends them now; {@code settled} runs once (on the FX thread) when the office PC answered or failed. */
    void sendAgain(Runnable settled);

    /** Bỏ: forgets them on the person's decision, each written to this computer's log. */
    void discardUnsent();
}
