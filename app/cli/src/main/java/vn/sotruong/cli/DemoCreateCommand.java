package vn.sotruong.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchool;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/** {@code demo create}: the demo school in an empty store; no sign-in, as there is nobody yet. */
@Command(name = "create")
final class DemoCreateCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--level", paramLabel = "thcs|tieuhoc", converter = LevelConverter.class)
    SchoolLevel level = SchoolLevel.THCS;

    @Option(names = "--seed", paramLabel = "N")
    long seed = DemoOptions.DEFAULT_SEED;

    DemoCreateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (StoreSession session = StoreSession.open(RootCommand.of(spec))) {
            if (!session.services().setup().isEmpty()) {
                throw new DomainException("store.notEmpty");
            }
            LocalDate today = LocalDate.now(ctx.clock().withZone(DemoSchoolGenerator.SCHOOL_ZONE));
            DemoSchool demo = DemoSchoolGenerator.generate(session.services(), new DemoOptions(level, seed), today);
            ctx.out().println(ctx.text("demo.created", demo.school().name(), demo.yearLabel(), demo.classes(),
                    demo.staff(), demo.pupilCount()));
            ctx.out().println(ctx.text("demo.accounts", DemoAccounts.ADMIN, DemoAccounts.PRINCIPAL,
                    DemoAccounts.subjectTeacher(level), DemoAccounts.homeroomTeacher(level), DemoAccounts.PASSWORD));
            return ExitCode.DONE;
        }
    }
}
