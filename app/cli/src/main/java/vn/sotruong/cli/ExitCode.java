package vn.sotruong.cli;

/** The exit codes INTERFACES.md promises to scripts. */
final class ExitCode {
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;
    /** {@code backup verify}: the backup password does not open the file. */
    static final int WRONG_PASSWORD = 4;
    /** {@code backup verify}: the file is damaged or incomplete. */
    static final int DAMAGED = 5;

    private ExitCode() {
    }
}
