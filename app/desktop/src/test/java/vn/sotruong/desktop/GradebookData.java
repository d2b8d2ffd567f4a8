package vn.sotruong.desktop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.security.Actor;

/**
 * Pupils and scores for the gradebook pages, entered through the real services (as the office's import
 * would): varied, deterministic values so the grids and the screenshots look like a real class.
 */
final class GradebookData {
    static final LocalDate SEPT = LocalDate.of(2026, 9, 5);
    /** 6A in class-list (given-name) order, then a pupil who leaves. */
    static final String[][] CLASS_6A = {
        {"HS001", "Nguyễn Thị Ánh"}, {"HS002", "Trần Văn Bảo"}, {"HS003", "Lê Minh Châu"},
        {"HS004", "Phạm Quốc Dũng"}, {"HS005", "Hoàng Thu Hà"}, {"HS006", "Vũ Đức Huy"},
        {"HS007", "Đặng Ngọc Lan"}, {"HS008", "Bùi Thanh Minh"}, {"HS009", "Ngô Bảo Ngọc"},
        {"HS010", "Đỗ Gia Phúc"}};

    private final CoreServices s;
    private final Actor admin;

    GradebookData(CoreServices s, Actor admin) {
        this.s = s;
        this.admin = admin;
    }

    long classId(String name) {
        long year = s.years().currentYear().orElseThrow().id();
        return s.organisation().classes(admin, year).stream().filter(c -> c.name().equals(name)).findFirst()
                .map(SchoolClass::id).orElseThrow();
    }

    long admit(String className, String code, String name) {
        return s.pupils().admit(admin, classId(className), new Pupil(0, code, name, LocalDate.of(2014, 3, 2),
                code.hashCode() % 2 == 0 ? Gender.NU : Gender.NAM, null, "Kinh", null, false, null, null, null, null,
                null, null), SEPT, null);
    }

    /** The ten pupils of 6A, and Trịnh Khánh Linh, who had Toán scores and moved away on 1 October. */
    void class6A() {
        for (String[] p : CLASS_6A) {
            admit("6A", p[0], p[1]);
        }
        long linh = admit("6A", "HS011", "Trịnh Khánh Linh");
        save("6A", SheetRef.subject("TOAN"), List.of(CellEdit.of(linh, "HK1.TX1", "8"), CellEdit.of(linh, "HK1.TX2", "7,5")));
        s.movements().transferOut(admin, linh, LocalDate.of(2026, 10, 1), "Trường THCS Lê Lợi, Đà Nẵng", "Chuyển nhà");
    }

    void save(String className, SheetRef ref, List<CellEdit> edits) {
        s.gradebook().save(admin, classId(className), ref, edits, Via.IMPORT);
    }

    /** A score for pupil p, subject j, column k: each pupil has a level, with a little spread. */
    static String score(int p, int j, int k) {
        double base = p == 3 ? 4.2 : 5.6 + (p * 7 % 10) * 0.4;
        double v = base + ((p * 7 + j * 13 + k * 5) % 11 - 5) / 10.0;
        v = Math.max(0, Math.min(10, Math.round(v * 2) / 2.0));
        return String.valueOf(v).replace('.', ',');
    }

    /**
     * Fills every required cell of the given terms for the pupils still in the class, except those named in
     * {@code skip} ("HS003 TOAN HK1.CK"); conduct Tốt or Khá.
     */
    void fill(String className, List<Integer> terms, List<String> skip) {
        long classId = classId(className);
        ClassBook book = s.gradebook().classBook(admin, classId);
        Map<SheetRef, List<CellEdit>> edits = new LinkedHashMap<>();
        int j = 0;
        for (Subject subject : book.subjects()) {
            edits.put(SheetRef.subject(subject.code()), cells(book, SheetRef.subject(subject.code()), terms, skip, j++));
        }
        edits.put(SheetRef.conduct(), cells(book, SheetRef.conduct(), terms, skip, j));
        s.gradebook().saveAll(admin, classId, edits, Via.IMPORT);
    }

    private List<CellEdit> cells(ClassBook book, SheetRef ref, List<Integer> terms, List<String> skip, int j) {
        Sheet sheet = s.gradebook().sheet(admin, book.schoolClass().id(), ref);
        List<CellEdit> out = new ArrayList<>();
        int p = 0;
        for (SheetRow row : sheet.rows()) {
            p++;
            if (!row.pupil().current()) {
                continue;
            }
            int k = 0;
            for (Column c : sheet.columns()) {
                k++;
                if (!c.required() || !terms.contains(c.term())
                        || skip.contains(row.pupil().pupil().code() + " " + ref.item() + " " + c.slot())) {
                    continue;
                }
                String v = switch (c.kind()) {
                    case SCORE -> score(p, j, k);
                    case COMMENT -> "Đ";
                    case CONDUCT -> p % 4 == 0 ? "Khá" : "Tốt";
                    default -> null;
                };
                if (v != null) {
                    out.add(CellEdit.of(row.pupil().pupilId(), c.slot(), v));
                }
            }
        }
        return out;
    }
}
