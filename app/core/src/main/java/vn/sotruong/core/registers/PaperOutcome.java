package vn.sotruong.core.registers;

/**
 * What the printer reported about a job: finished, or stopped with a reason; and how many pages it says it printed
 * ({@link #UNKNOWN} when it does not say).
 */
public record PaperOutcome(boolean completed, int pagesPrinted, String problem) {
    public static final int UNKNOWN = -1;

    public static PaperOutcome done(int pages) {
        return new PaperOutcome(true, pages, "");
    }

    public static PaperOutcome failed(int pagesPrinted, String problem) {
        return new PaperOutcome(false, pagesPrinted, problem == null ? "" : problem);
    }
}
