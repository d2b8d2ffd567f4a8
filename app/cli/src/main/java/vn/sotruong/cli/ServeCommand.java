package vn.sotruong.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.server.OfficeServer;
import vn.sotruong.server.tls.OfficeCertificate;

/**
 * {@code serve}: the office PC serves the workstations of the LAN over HTTPS until stopped (Ctrl+C, or the service
 * manager's stop). Prints where it listens and the certificate's fingerprint; the store stays locked by this
 * process, and no database port is ever opened.
 */
@Command(name = "serve")
final class ServeCommand implements Callable<Integer> {
    /** Lets a test stop a running {@code serve} as the service manager would (the JVM's shutdown otherwise). */
    static final AtomicReference<CountDownLatch> STOP = new AtomicReference<>();

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--bind", paramLabel = "ADDR")
    String bind = "0.0.0.0";

    @Option(names = "--port", paramLabel = "N")
    int port = OfficeServer.DEFAULT_PORT;

    ServeCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new DomainException("lan.portInvalid", String.valueOf(port));
        }
        RootCommand root = RootCommand.of(spec);
        try (StoreSession session = StoreSession.open(root)) {
            var services = session.services();
            String school = services.stores().school().find().map(s -> s.name()).orElse("");
            OfficeCertificate certificate = OfficeCertificate.loadOrCreate(session.store().dataDir(), school,
                    ctx.clock());
            vn.sotruong.server.discovery.OfficeAnnouncer announcer = null;
            CountDownLatch stop = new CountDownLatch(1);
            STOP.set(stop);
            Thread hook = new Thread(stop::countDown, "sotruong-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try (OfficeServer server = OfficeServer.start(services, session.store().workstations(),
                    session.store().roomSchedule(), certificate, bind,
                    port, ctx.clock())) {
                ServePortFile.write(session.store().dataDir(), server.port());
                for (String address : vn.sotruong.server.LanAddresses.of(bind)) {
                    ctx.out().println(ctx.text("serve.listening", "https://" + address + ":" + server.port()));
                }
                ctx.out().println(ctx.text("serve.fingerprint", certificate.fingerprint()));
                // the school's LAN sharing setting says whether to announce (on unless the administrator turned it off)
                announcer = session.store().lanSharing().current().announce()
                        ? announce(server.port(), certificate.fingerprint(), school) : null;
                ctx.out().println(ctx.text("serve.howToStop"));
                ctx.out().flush();
                stop.await();
                ctx.out().println(ctx.text("serve.stopped"));
            } finally {
                if (announcer != null) {
                    announcer.close();
                }
                ServePortFile.delete(session.store().dataDir());
                STOP.compareAndSet(stop, null);
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is stopping: the hook has run already
                }
            }
        }
        return ExitCode.DONE;
    }

    private vn.sotruong.server.discovery.OfficeAnnouncer announce(int port, String fingerprint, String school) {
        try {
            var a = vn.sotruong.server.discovery.OfficeAnnouncer.start(new vn.sotruong.server.discovery.Announcement(
                    port, vn.sotruong.server.discovery.Announcement.prefixOf(fingerprint), school));
            ctx.out().println(ctx.text("serve.announcing",
                    String.valueOf(vn.sotruong.server.discovery.Announcement.PORT)));
            return a;
        } catch (RuntimeException e) {
            // serving matters; without the announcement workstations type the address
            return null;
        }
    }
}
