package vn.sotruong.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.signature.SigningKey;
import vn.sotruong.core.security.Actor;

/**
 * {@code sign key import --file F.p12}: nhập khóa ký của chính mình từ tệp PKCS#12 (one exported earlier, or one
 * from a Vietnamese CA); the file's password from {@code SOTRUONG_KEY_PASSWORD}, else typed.
 */
@Command(name = "import")
final class SignKeyImportCommand extends SignedInCommand {
    @Option(names = "--file", required = true, paramLabel = "F.p12", descriptionKey = "sign.file")
    Path file;

    private char[] keyPassword;

    SignKeyImportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        CliFiles.input(file);
        keyPassword = passwords.key(false);
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        byte[] p12 = CliFiles.read(file);
        SigningKey key = session.services().signatures().importKey(actor, p12, keyPassword);
        ctx.out().println(ctx.text("sign.keyImported", key.login(), key.serial(), key.subject()));
        return ExitCode.DONE;
    }
}
