package vn.sotruong.testkit.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.app.CoreStores;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.ClassBooks;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.app.EnforcedCellLocks;
import vn.sotruong.core.correction.ApprovedCorrections;
import vn.sotruong.core.deadline.DueDates;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;

/**
 * Sổ điểm mẫu: the demo school's whole year of entries (both terms, so year results, promotion and awards show),
 * imported class by class and round by round by the office through {@link GradebookService#saveAll} as a class
 * workbook import would be, each round stamped with the day it was imported; then the teachers' corrections typed
 * into the grid. Every entry goes through the service's checks, history and audit. Oddities for the review are
 * planted as {@link OdditySpec} says.
 */
final class DemoGradebook {
    private final CoreServices services;
    private final DemoPlan plan;
    private final long seed;
    private final long yearId;
    private final Map<String, Long> classIds;
    private final Function<String, Actor> actors;
    private final DemoClock clock = new DemoClock(Instant.EPOCH);
    private final GradebookService gradebook;
    private final DueDates dueDates;
    private int entries;

    DemoGradebook(CoreServices services, DemoPlan plan, long seed, long yearId, Map<String, Long> classIds,
                  Function<String, Actor> actors) {
        this.services = services;
        this.plan = plan;
        this.seed = seed;
        this.yearId = yearId;
        this.classIds = classIds;
        this.actors = actors;
        CoreStores s = services.stores();
        ClassBooks books = new ClassBooks(s.organisation(), s.years(), s.school(), s.subjects(), s.pupils(),
                s.enrolments(), s.gradebook());
        // the product's locks on the demo's clock: an edit after a column's deadline is refused as it would be that day
        EntryProgressService progress = new EntryProgressService(books, s.organisation(), s.years(), s.settings(),
                s.gradebook());
        LockService locks = new LockService(s.locks(), s.settings(), progress::dueDates, s.audit(), s.transactions(),
                clock);
        this.dueDates = progress.dueDates(yearId);
        this.gradebook = new GradebookService(books, s.organisation(), s.gradebook(),
                new EnforcedCellLocks(locks, new ApprovedCorrections(s.corrections())), s.audit(), s.transactions(),
                clock);
    }

    /** How many cells the imports filled. */
    int entries() {
        return entries;
    }

    DemoOddities write() {
        SchoolLevel level = plan.school().level();
        OdditySpec spec = OdditySpec.of(level);
        Map<String, String> teachers = new HashMap<>();
        plan.assignments().forEach(a -> teachers.put(a.className() + "/" + a.subjectCode(), a.teacherLogin()));
        String high = teachers.get(spec.highClass() + "/" + spec.highSubject());
        String editor = teachers.get(spec.editorClass() + "/" + spec.editorSubject());
        DemoRandom random = new DemoRandom(seed);
        MarkModel model = level == SchoolLevel.TIEU_HOC
                ? new MarkModel(random, TieuHocMarks.ABILITY, TieuHocMarks.LIKING, high, spec.highSubject(), spec.boost())
                : new MarkModel(random, ThcsMarks.ABILITY, ThcsMarks.LIKING, high, spec.highSubject(), spec.boost());
        Actor office = actors.apply(DemoAccounts.OFFICE);

        List<ClassYear> years = new ArrayList<>();
        for (PlannedClass c : plan.classes()) {
            years.add(plan(gradebook.classBook(office, classIds.get(c.name())), level, model, teachers));
        }
        Map<String, ClassYear> byName = new LinkedHashMap<>();
        years.forEach(y -> byName.put(y.name(), y));
        List<DemoOddities.Gap> gaps = new ArrayList<>();
        for (OdditySpec.Cell cell : spec.gaps()) {
            gaps.add(plant(byName.get(cell.className()), cell, null, random));
        }
        DemoOddities.Gap exemption = null;
        if (spec.exemption() != null) {
            ClassYear y = byName.get(spec.exemption().className());
            exemption = plant(y, spec.exemption(), "Miễn TH", random);
            long pupil = pupilId(y, exemption.pupilCode());
            y.set(spec.exemption().sheet(), pupil, ColumnLayout.exemption(2), "Miễn TH");
        }

        List<EntryRound> rounds = level == SchoolLevel.TIEU_HOC ? EntryRound.tieuHoc() : EntryRound.thcs();
        EntryCalendar calendar = new EntryCalendar(services.years().weeks(yearId), services.years().calendar(yearId));
        Random timing = random.stream("timing");
        Map<String, Instant> imported = new HashMap<>();
        for (int i = 0; i < rounds.size(); i++) {
            EntryRound round = rounds.get(i);
            for (ClassYear y : years) {
                Map<SheetRef, List<CellEdit>> edits = y.edits(round);
                if (edits.isEmpty()) {
                    continue;
                }
                Instant at = y.name().equals(spec.lateClass()) ? calendar.late(round.dueWeek(), 14 + timing.nextInt(22),
                        timing) : timing.nextDouble() < 0.08 ? calendar.late(round.dueWeek(), 1 + timing.nextInt(3), timing)
                        : calendar.onTime(round.dueWeek(), timing);
                clock.set(at);
                imported.put(y.name() + "#" + i, at);
                gradebook.saveAll(office, y.classId(), edits, Via.IMPORT);
                entries += edits.values().stream().mapToInt(List::size).sum();
            }
        }
        DemoCorrections corrections = new DemoCorrections(gradebook, dueDates, clock, calendar, actors, rounds, imported,
                random.stream("corrections"));
        int changes = corrections.heavy(editor, spec.editorSubject(), classesOf(editor, spec.editorSubject(), byName));
        for (Map.Entry<String, String> a : ordinaryCorrectors(teachers, high, editor, byName,
                random.stream("correctors")).entrySet()) {
            corrections.ordinary(a.getValue(), a.getKey().substring(a.getKey().indexOf('/') + 1),
                    byName.get(a.getKey().substring(0, a.getKey().indexOf('/'))));
        }
        List<String> highClasses = classesOf(high, spec.highSubject(), byName).stream().map(ClassYear::name).toList();
        return new DemoOddities(high, spec.highSubject(), highClasses, spec.lateClass(), editor, changes, gaps,
                exemption);
    }

    private ClassYear plan(ClassBook book, SchoolLevel level, MarkModel model, Map<String, String> teachers) {
        ClassYear y = new ClassYear(book);
        String name = book.schoolClass().name();
        ThcsMarks thcs = new ThcsMarks(model);
        TieuHocMarks tieuHoc = new TieuHocMarks(model);
        for (Subject s : book.subjects()) {
            SheetRef ref = SheetRef.subject(s.code());
            y.sheet(ref, gradebook.columns(book, ref));
            String teacher = teachers.get(name + "/" + s.code());
            for (RosterRow r : book.roster()) {
                String code = r.pupil().code();
                y.put(ref, r.pupilId(), level == SchoolLevel.TIEU_HOC
                        ? tieuHoc.subject(code, name, s.code(), y.sheets().get(ref), teacher)
                        : thcs.subject(code, name, s, y.sheets().get(ref), teacher));
            }
        }
        SheetRef homeroom = level == SchoolLevel.TIEU_HOC ? SheetRef.qualities() : SheetRef.conduct();
        y.sheet(homeroom, gradebook.columns(book, homeroom));
        for (RosterRow r : book.roster()) {
            String code = r.pupil().code();
            y.put(homeroom, r.pupilId(), level == SchoolLevel.TIEU_HOC ? tieuHoc.qualities(code) : thcs.conduct(code));
        }
        return y;
    }

    /** Sets (or, with null, removes) a planted cell for a pupil the seed picks from the class. */
    private static DemoOddities.Gap plant(ClassYear y, OdditySpec.Cell cell, String text, DemoRandom random) {
        List<RosterRow> roster = y.book().roster();
        RosterRow pupil = roster.get(random.stream("plant:" + cell.className() + ":" + cell.slot())
                .nextInt(roster.size()));
        y.set(cell.sheet(), pupil.pupilId(), cell.slot(), text);
        return new DemoOddities.Gap(y.name(), pupil.pupil().code(), cell.sheet().label(), cell.slot());
    }

    private static long pupilId(ClassYear y, String code) {
        return y.book().roster().stream().filter(r -> r.pupil().code().equals(code)).findFirst().orElseThrow()
                .pupilId();
    }

    private List<ClassYear> classesOf(String teacher, String subject, Map<String, ClassYear> byName) {
        return plan.assignments().stream().filter(a -> a.teacherLogin().equals(teacher)
                && a.subjectCode().equals(subject)).map(a -> byName.get(a.className())).toList();
    }

    /** About ten other teachers, each correcting a value or two in one of their classes: class/subject → login. */
    private static Map<String, String> ordinaryCorrectors(Map<String, String> teachers, String high, String editor,
                                                          Map<String, ClassYear> byName, Random r) {
        List<String> keys = teachers.keySet().stream().sorted().filter(k -> !teachers.get(k).equals(high)
                && !teachers.get(k).equals(editor) && DemoCorrections.correctable(byName.get(k.substring(0,
                k.indexOf('/'))), SheetRef.subject(k.substring(k.indexOf('/') + 1)))).toList();
        Map<String, String> chosen = new LinkedHashMap<>();
        while (chosen.size() < 10) {
            String k = keys.get(r.nextInt(keys.size()));
            if (!chosen.containsValue(teachers.get(k))) {
                chosen.put(k, teachers.get(k));
            }
        }
        return chosen;
    }
}
