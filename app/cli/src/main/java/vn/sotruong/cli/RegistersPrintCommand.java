package vn.sotruong.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.reports.JasperRegisterPrinter;

/**
 * {@code registers print --register NAME (--class 7A | --grade 7 | --all) [--term 1|2|year] [--paper A4|A3]
 * --out F.pdf}: in sổ. The book is written to F.pdf and recorded in the print ledger; a book this version cannot
 * print yet, or a wrong name, is a usage error (exit 2) before the store is opened.
 */
@Command(name = "print")
final class RegistersPrintCommand extends SignedInCommand {
    @Option(names = "--register", required = true, paramLabel = "NAME")
    String register;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    @Option(names = "--term", paramLabel = "1|2|year")
    String term;

    @Option(names = "--month", paramLabel = "MM/yyyy")
    String month;

    @Option(names = "--teacher", paramLabel = "USER")
    String teacher;

    @Option(names = "--subject", paramLabel = "CODE")
    String subject;

    @Option(names = "--paper", paramLabel = "A4|A3")
    Paper paper;

    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    @Option(names = "--out", required = true, paramLabel = "F.pdf")
    Path out;

    /** Exactly one of the class, the grade or the whole school. */
    static final class Scope {
        @Option(names = "--class", paramLabel = "7A", required = true)
        String className;

        @Option(names = "--grade", paramLabel = "7", required = true)
        Integer grade;

        @Option(names = "--all", required = true)
        boolean all;

        RegisterScope toScope() {
            return className != null ? RegisterScope.ofClass(className)
                    : grade != null ? RegisterScope.ofGrade(grade) : RegisterScope.school();
        }
    }

    private RegisterName book;
    private RegisterPeriod period;

    RegistersPrintCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    protected void prepare(Passwords passwords) {
        book = RegisterName.ofCode(register.strip()).orElseThrow(() -> new UsageProblem("registers.unknown", register,
                Arrays.stream(RegisterName.values()).map(RegisterName::code).collect(Collectors.joining(", "))));
        if (!book.available()) {
            throw new UsageProblem("registers.notAvailableYet", book.code());
        }
        period = term == null ? RegisterPeriod.YEAR : RegisterPeriod.ofCode(term.strip())
                .orElseThrow(() -> new UsageProblem("registers.termInvalid", term));
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageProblem("cli.folderNotFound", String.valueOf(parent));
        }
    }

    @Override
    protected int run(StoreSession session, Actor actor, char[] password) {
        var services = session.services();
        Long yearId = null;
        if (year != null) {
            yearId = services.years().years().stream().filter(y -> y.label().equals(year.strip())).findFirst()
                    .map(SchoolYear::id).orElseThrow(() -> new DomainException("year.notFound"));
        }
        PrintRequest request = new PrintRequest(book, scope.toScope(), period, paper, yearId);
        PrintRecord print = services.registers(new JasperRegisterPrinter()).print(actor, request, out);
        ctx.out().println(ctx.text("registers.printed", out.toString(), print.pages(), print.id(),
                print.fingerprint().substring(0, 12), book.code(), print.request().scope().text(),
                print.request().period().code(), print.request().paper().name()));
        return ExitCode.DONE;
    }
}
