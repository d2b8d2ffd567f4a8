package vn.sotruong.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;

/**
 * {@code user add}: a person with an account (administrators only). The initial password comes from
 * {@code SOTRUONG_NEW_PASSWORD} and must be changed at the first sign-in.
 */
@Command(name = "add")
final class UserAddCommand extends SignedInCommand {
    @Option(names = "--login", required = true, paramLabel = "L")
    String login;

    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Option(names = "--roles", required = true, split = ",", paramLabel = "R1,R2")
    List<String> roles;

    @Option(names = "--position", paramLabel = "TEXT")
    String position;

    private char[] initialPassword;

    UserAddCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        initialPassword = passwords.chosen(Passwords.NEW_PASSWORD);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String code : roles) {
            parsed.add(Role.fromCode(code).orElseThrow(() -> new DomainException("role.unknown", code.strip())));
        }
        session.services().accounts().addPerson(actor, new NewPerson(name, login, parsed, position, null,
                initialPassword));
        ctx.out().println(ctx.text("user.created", login.strip().toLowerCase(java.util.Locale.ROOT), name.strip()));
        return ExitCode.DONE;
    }
}
