package vn.sotruong.desktop.lan;

/**
 * What one cell of the workstation grid shows: the text as the grid writes it, where the entry stands, and why (for a
 * refused or unsent entry, or who saved it last).
 */
public record WorkstationCell(String shown, State state, String note) {
    /** Where an entry stands (trạng thái ô). */
    public enum State {
        /** As the office PC holds it. */
        STORED,
        /** Đang gửi: sent, no answer yet. */
        SENDING,
        /** Đã lưu: the office PC confirmed this person's entry. */
        SAVED,
        /** Bị từ chối: the office PC refused it; the note says why. It stays until typed again. */
        REFUSED,
        /** Chưa lưu: not sent, the office PC could not be reached; sent again by "Gửi lại". */
        UNSENT
    }

    static final WorkstationCell EMPTY = new WorkstationCell("", State.STORED, "");

    /** Whether the person's entry is still on this computer only. */
    public boolean pending() {
        return state == State.SENDING || state == State.REFUSED || state == State.UNSENT;
    }
}
