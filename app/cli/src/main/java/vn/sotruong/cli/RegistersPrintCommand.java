package vn.sotruong.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.registers.BookOptions;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.registers.RegisterService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.reports.JasperRegisterPrinter;

/**
 * {@code registers print --register NAME (--class 7A | --grade 7 | --all) [--term 1|2|year] [--paper A4|A3]
 * [--two-sided] --out F.pdf}: in sổ. {@code so-ca-nhan} takes {@code --teacher USER --subject CODE [--blank]} (without a scope: all
 * the teacher's classes of that subject), {@code so-goi-ten} {@code --month MM/yyyy}, {@code bang-tong-hop} also
 * {@code --term GHK1|CHK1|GHK2|CN}. The book is written to F.pdf and recorded in the print ledger; a book this version cannot
 * print yet, or a wrong name, is a usage error (exit 2) before the store is opened.
 */
@Command(name = "print")
final class RegistersPrintCommand extends SignedInCommand {
    @Option(names = "--register", required = true, paramLabel = "NAME")
    String register;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Scope scope;

    @Option(names = "--term", paramLabel = "1|2|year")
    String term;

    @Option(names = "--month", paramLabel = "MM/yyyy")
    String month;

    @Option(names = "--teacher", paramLabel = "USER")
    String teacher;

    @Option(names = "--subject", paramLabel = "CODE")
    String subject;

    @Option(names = "--blank")
    boolean blank;

    @Option(names = "--paper", paramLabel = "A4|A3")
    Paper paper;

    /** Dàn trang hai mặt: the binding margin mirrored on even pages, each class from an odd page. */
    @Option(names = "--two-sided")
    boolean twoSided;

    /** Bản nháp: prints a book whose required entries are missing, watermarked, the gaps "chưa đủ". */
    @Option(names = "--draft")
    boolean draft;

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
    private String point;
    private YearMonth yearMonth;

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
        if (scope == null && book != RegisterName.SO_CA_NHAN) {
            throw new UsageProblem("registers.scopeRequired", book.code());
        }
        prepareOptions();
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageProblem("cli.folderNotFound", String.valueOf(parent));
        }
    }

    /** The period (for bảng tổng hợp also a point: GHK1, CHK1, GHK2, CN), the month, the teacher and subject. */
    private void prepareOptions() {
        String t = term == null ? null : term.strip().toUpperCase(java.util.Locale.ROOT);
        if (book == RegisterName.BANG_TONG_HOP && t != null && ColumnLayout.POINTS.contains(t)) {
            point = t;
            period = t.endsWith("1") ? RegisterPeriod.HK1 : t.equals("GHK2") ? RegisterPeriod.HK2 : RegisterPeriod.YEAR;
        } else {
            period = term == null ? RegisterPeriod.YEAR : RegisterPeriod.ofCode(term.strip())
                    .orElseThrow(() -> new UsageProblem(book == RegisterName.BANG_TONG_HOP ? "registers.pointInvalid"
                            : "registers.termInvalid", term));
        }
        if (book == RegisterName.SO_GOI_TEN) {
            if (month == null) {
                throw new UsageProblem("registers.monthRequired");
            }
            try {
                yearMonth = BookOptions.parseMonth(month);
            } catch (DomainException e) {
                throw new UsageProblem("registers.monthInvalid", month);
            }
        }
        if (book == RegisterName.SO_CA_NHAN && (teacher == null || subject == null)) {
            throw new UsageProblem("registers.teacherAndSubjectRequired");
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
        RegisterService registers = services.registers(new JasperRegisterPrinter());
        BookOptions options = switch (book) {
            case SO_CA_NHAN -> BookOptions.teacherBook(registers.teacher(actor, teacher), subject, blank);
            case SO_GOI_TEN -> BookOptions.month(yearMonth);
            case BANG_TONG_HOP -> BookOptions.point(point);
            default -> BookOptions.NONE;
        };
        RegisterScope where = scope == null ? RegisterScope.school() : scope.toScope();
        PrintRequest request = new PrintRequest(book, where, period, paper, yearId, options, twoSided, draft);
        PrintRecord print = registers.print(actor, request, out, new vn.sotruong.core.registers.PrintProgress() {
            @Override
            public void update(int done, int total, String current) {
                if (!current.isEmpty()) {
                    ctx.err().println(ctx.text("registers.progress", done + 1, total, current));
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        ctx.out().println(ctx.text("registers.printed", out.toString(), print.pages(), print.id(),
                print.fingerprint().substring(0, 12), book.code(), print.request().ledgerScope(),
                print.request().period().code(), print.request().paper().name()));
        return ExitCode.DONE;
    }
}
