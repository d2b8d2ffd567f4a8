package vn.sotruong.data.gradebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SaveResult;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/**
 * Class 7A of the small THCS school with three pupils, a Toán teacher (who is not its homeroom teacher) and a
 * homeroom teacher, all signed in; helpers to type a term as the RULES.md examples write it. The fixture's day
 * (23/11/2026) is after the first deadlines, so the automatic locks are turned off here: these tests are about
 * entering; {@code LockTest} covers the locks.
 */
public abstract class GradebookFixture extends SchoolStoreFixture {
    protected static final LocalDate SEPT_5 = LocalDate.of(2026, 9, 5);
    protected long year;
    protected long c7a;
    protected long an;
    protected long binh;
    protected long chi;
    protected Actor toanTeacher;
    protected Actor homeroom;
    protected Actor otherTeacher;

    @BeforeEach
    void class7A() {
        year = s.years().currentYear().orElseThrow().id();
        store.services().stores().settings().put(LockService.AUTOMATIC, "false");
        toanTeacher = Schools.person(s, "gv.toan", "Phạm Văn Toán", Role.GVBM);
        homeroom = Schools.person(s, "gvcn.7a", "Lê Thị Hương", Role.GVBM, Role.GVCN);
        otherTeacher = Schools.person(s, "gv.van", "Đỗ Thị Văn", Role.GVBM);
        c7a = s.organisation().addClass(admin, year, 7, "7A", homeroom.staffId());
        s.organisation().assign(admin, year, c7a, subjectId("TOAN"), toanTeacher.staffId());
        an = admit("HS001", "Lê Văn An");
        binh = admit("HS002", "Trần Thị Bình");
        chi = admit("HS003", "Nguyễn Minh Chi");
    }

    protected long admit(String code, String name) {
        return s.pupils().admit(admin, c7a, new Pupil(0, code, name, LocalDate.of(2013, 4, 2), Gender.NAM, "Huế",
                "Kinh", "Phường An Cựu", false, new Parent("Lê Văn Cha", null, null), null, null, null, null, null),
                SEPT_5, null);
    }

    /** A tổ trưởng heading a new department whose one teacher is the Toán teacher. */
    protected Actor headOfToanDepartment() {
        Actor head = Schools.person(s, "totruong.tn", "Vũ Tổ Trưởng", Role.TO_TRUONG);
        long dept = s.organisation().addDepartment(admin, "Tổ Khoa học tự nhiên");
        s.organisation().setDepartmentHead(admin, dept, head.staffId());
        var staff = s.organisation().staff(admin).stream().filter(x -> x.id() == toanTeacher.staffId()).findFirst()
                .orElseThrow();
        s.organisation().updateStaff(admin, new vn.sotruong.core.organisation.StaffMember(staff.id(), staff.fullName(),
                staff.gender(), staff.birthDate(), staff.phone(), staff.position(), dept, staff.active()));
        return head;
    }

    protected long subjectId(String code) {
        return s.years().subjects(year).stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** The edits of one term as RULES.md writes it: "8;7;9;6,5" regular, then GK and CK ("" = not entered). */
    protected static List<CellEdit> term(long pupil, int term, String regular, String gk, String ck) {
        List<CellEdit> edits = new ArrayList<>();
        String[] tx = regular.isEmpty() ? new String[0] : regular.split(";");
        for (int i = 0; i < tx.length; i++) {
            edits.add(CellEdit.of(pupil, ColumnLayout.tx(term, i + 1), tx[i]));
        }
        edits.add(CellEdit.of(pupil, ColumnLayout.midterm(term), gk));
        edits.add(CellEdit.of(pupil, ColumnLayout.endOfTerm(term), ck));
        return edits;
    }

    protected SaveResult save(Actor who, String subject, List<CellEdit> edits) {
        return s.gradebook().save(who, c7a, SheetRef.subject(subject), edits, Via.GRID);
    }

    protected static final String[] COMMENT_SUBJECTS = {"GDTC", "AMNHAC", "MITHUAT", "HDTN", "GDDP"};

    /** RULES.md T7, Student A: subject → {HK I, HK II} as "TX list / gk / ck" (also the cli's end-to-end table). */
    public static Map<String, String[]> t7() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("NGUVAN", new String[] {"8;8,5;9;8/8,5/8,0", "9;8,5;9;9/9,0/8,5"});
        m.put("TOAN", new String[] {"9;10;9;9,5/9,0/9,5", "10;9;9,5;10/9,5/9,0"});
        m.put("NGOAINGU1", new String[] {"9;9;8,5;10/9,0/9,0", "9,5;9;9;10/9,0/9,5"});
        m.put("GDCD", new String[] {"9;10/9,0/9,5", "10;9/9,0/9,0"});
        m.put("LSDL", new String[] {"8;9;9;8,5/8,5/9,0", "9;9;10;9/9,0/9,0"});
        m.put("KHTN", new String[] {"9;8,5;9;9/9,5/9,0", "9;9,5;9;10/9,0/9,5"});
        m.put("CONGNGHE", new String[] {"8;9/8,5/8,0", "9;8/8,5/8,5"});
        m.put("TINHOC", new String[] {"9;10/9,5/9,0", "10;10/9,5/9,5"});
        return m;
    }

    protected void enterYear(long pupil, Map<String, String[]> subjects, String conduct1, String conduct2) {
        enterYear(c7a, pupil, subjects, conduct1, conduct2);
    }

    /** A whole year of one pupil in a THCS class: the scored subjects given, every comment subject Đ, conduct. */
    protected void enterYear(long classId, long pupil, Map<String, String[]> subjects, String conduct1,
                             String conduct2) {
        Map<SheetRef, List<CellEdit>> book = new LinkedHashMap<>();
        subjects.forEach((code, terms) -> {
            List<CellEdit> edits = new ArrayList<>();
            for (int t = 1; t <= 2; t++) {
                String[] p = terms[t - 1].split("/");
                edits.addAll(term(pupil, t, p[0], p[1], p[2]));
            }
            book.put(SheetRef.subject(code), edits);
        });
        for (String c : COMMENT_SUBJECTS) {
            List<CellEdit> edits = new ArrayList<>();
            for (int t = 1; t <= 2; t++) {
                edits.addAll(term(pupil, t, "Đ;Đ", "Đ", "Đ"));
            }
            book.put(SheetRef.subject(c), edits);
        }
        book.put(SheetRef.conduct(), List.of(CellEdit.of(pupil, "HK1", conduct1), CellEdit.of(pupil, "HK2", conduct2)));
        s.gradebook().saveAll(admin, classId, book, Via.IMPORT);
    }

}
