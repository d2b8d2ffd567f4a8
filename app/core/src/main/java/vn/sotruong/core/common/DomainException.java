package vn.sotruong.core.common;

import java.util.List;

/**
 * A refusal by the rules or the services: permission, validation, lock, wrong password.
 * It carries a message code ({@code auth.invalidCredentials}) and arguments, never a sentence;
 * the UI, the command line and reports translate it with {@link vn.sotruong.core.i18n.Messages}.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient List<Object> args;

    public DomainException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }
}
