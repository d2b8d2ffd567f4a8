package vn.sotruong.cli;

import picocli.CommandLine.Command;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.correction.MinuteSigningService;
import vn.sotruong.reports.JasperMinutePrinter;
import vn.sotruong.reports.PadesSigner;

/** {@code correction}: biên bản sửa chữa điểm — printing, signing and archiving a minute. */
@Command(name = "correction", subcommands = {CorrectionPrintCommand.class, CorrectionSignCommand.class,
        CorrectionArchiveCommand.class})
final class CorrectionCommand extends CommandGroup {
    /** The minute signing service over the reports module's layout and PDF signer. */
    static MinuteSigningService signing(CoreServices services) {
        return services.minuteSigning(new JasperMinutePrinter(), new PadesSigner());
    }
}
