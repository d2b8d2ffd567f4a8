package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code sign}: chữ ký số — the school's certificate authority and the staff's signing keys. */
@Command(name = "sign", subcommands = {SignCaCommand.class, SignKeyCommand.class, SignTrustCommand.class,
        SignRegisterCertCommand.class, SignConfirmCertCommand.class})
final class SignCommand extends CommandGroup {
}
