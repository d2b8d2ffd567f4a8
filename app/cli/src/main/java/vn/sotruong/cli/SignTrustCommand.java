package vn.sotruong.cli;

import picocli.CommandLine.Command;

/** {@code sign trust add|list|remove}: danh sách tin cậy — roots of Vietnamese CAs beside the school's own (ADR 0037). */
@Command(name = "trust", subcommands = {SignTrustAddCommand.class, SignTrustListCommand.class,
        SignTrustRemoveCommand.class})
final class SignTrustCommand extends CommandGroup {
}
