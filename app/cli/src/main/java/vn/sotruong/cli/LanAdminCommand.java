package vn.sotruong.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.DataFolders;
import vn.sotruong.server.WorkstationAdmin;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.tls.OfficeCertificate;
import vn.sotruong.server.wire.Wire.AdminAnswer;
import vn.sotruong.server.wire.Wire.WorkstationView;

/**
 * A {@code lan} command of the administrator: it opens the store itself, or — while {@code serve} holds the store —
 * asks the running service over loopback (the certificate read from the data folder), signing in either way.
 */
abstract class LanAdminCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    protected final CliContext ctx;

    @Spec
    CommandSpec spec;

    LanAdminCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The action (list, approve, revoke) with its code or id. */
    protected abstract String action();

    protected String code() {
        return null;
    }

    protected Long id() {
        return null;
    }

    /** The sentence saying what changed (number, name, code), or null for a command that only lists. */
    protected String doneKey() {
        return null;
    }

    private void print(AdminAnswer answer) {
        WorkstationView w = answer.changed();
        if (w == null) {
            answer.workstations().forEach(this::printLine);
        } else {
            ctx.out().println(ctx.text(doneKey(), w.id(), w.name(), w.code()));
        }
    }

    @Override
    public final Integer call() {
        RootCommand root = RootCommand.of(spec);
        if (root.user == null || root.user.isBlank()) {
            throw new UsageProblem("cli.userRequired", spec.qualifiedName());
        }
        String action = action();
        char[] password = new Passwords(ctx).current(root.user);
        StoreSession session;
        try {
            session = StoreSession.open(root);
        } catch (DomainException e) {
            Path dir = root.data != null ? root.data : DataFolders.defaultDataDir();
            OptionalInt port = ServePortFile.read(dir.toAbsolutePath().normalize());
            if (!e.code().equals("store.inUse") || port.isEmpty()) {
                throw e;
            }
            byte[] certificate = OfficeCertificate.loadOrCreate(dir, "", ctx.clock()).der();
            print(OfficeClient.onThisPc(port.getAsInt(), certificate, ctx.locale())
                    .admin(root.user, password, action, code(), id()));
            return ExitCode.DONE;
        }
        try (session) {
            Actor actor = session.signIn(root.user, password, false);
            print(WorkstationAdmin.run(session.store().workstations(), actor, action, code(), id()));
        }
        return ExitCode.DONE;
    }

    /** One workstation a line: number, state, code, name, address, asked at, decided by, last contact. */
    private void printLine(WorkstationView w) {
        ctx.out().println(String.join("\t", String.valueOf(w.id()), ctx.text("lan.status." + w.status()), w.code(),
                w.name(), w.address(), when(w.requestedAt()), w.decidedBy() == null ? "" : w.decidedBy(),
                when(w.lastSeenAt())));
    }

    private static String when(String iso) {
        return iso == null ? "" : WHEN.format(java.time.Instant.parse(iso));
    }
}
