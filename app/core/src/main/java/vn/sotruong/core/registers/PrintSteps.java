package vn.sotruong.core.registers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.sotruong.core.common.DomainException;

/**
 * Các bước in: a book's sections grouped by the class they belong to (the label before " · ", "7A · Bìa"), so a
 * job's progress counts classes, not sections. Told before each section is laid out, it reports a class finished
 * when the next one starts and stops the job when it was cancelled.
 */
final class PrintSteps {
    private final PrintProgress progress;
    private final List<String> unitOfSection = new ArrayList<>();
    private final int total;
    private String current;
    private int done;

    PrintSteps(RegisterDocument doc, PrintProgress progress) {
        this.progress = progress;
        LinkedHashSet<String> units = new LinkedHashSet<>();
        for (BookSection s : doc.sections()) {
            String unit = s.unit();
            unitOfSection.add(unit);
            units.add(unit);
        }
        this.total = units.size();
    }

    int total() {
        return total;
    }

    /** Before a section: stops a cancelled job; reports the class when a new one starts. */
    void beforeSection(int section) {
        checkCancelled(progress);
        String unit = unitOfSection.get(section);
        if (!unit.equals(current)) {
            if (current != null) {
                done++;
            }
            current = unit;
            progress.update(done, total, unit);
        }
    }

    /** All classes are laid out. */
    void finished() {
        progress.update(total, total, "");
    }

    static void checkCancelled(PrintProgress progress) {
        if (progress.cancelled()) {
            throw new DomainException("registers.cancelled");
        }
    }
}
