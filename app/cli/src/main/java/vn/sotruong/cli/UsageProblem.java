package vn.sotruong.cli;

/**
 * Something the caller must fix in how they call the command (a missing environment variable, a
 * missing {@code --user}): exit code 2. Carries a key of the command line's own message bundle.
 */
final class UsageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object[] args;

    UsageProblem(String key, Object... args) {
        super(key);
        this.args = args.clone();
    }

    String key() {
        return getMessage();
    }

    Object[] args() {
        return args.clone();
    }
}
