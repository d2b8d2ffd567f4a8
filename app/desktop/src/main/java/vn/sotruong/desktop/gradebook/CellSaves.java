package vn.sotruong.desktop.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.SaveResult;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Saves typed or pasted cells through {@link GradebookService#save}. The service takes all or nothing, so
 * cells it refuses are set aside (to stay red, with the reason) and the others saved in a second call; a
 * cell someone changed meanwhile is not kept, the sheet is read again, and the message says who changed
 * it, to what, and what was typed.
 */
final class CellSaves {
    static final String CONFLICT = "gradebook.changedMeanwhile";

    /** Text the service refused, kept on its cell until it is typed again or cleared. */
    record Draft(String text, String reason) {
    }

    /** A cell about to be saved. */
    record Pending(GridRow row, GridColumn column, String typed, CellEdit edit) {
        String key() {
            return cellKey(row.pupilId(), column.key());
        }
    }

    /**
     * What a save did: the sheet as it now stands, how many cells were saved, the refused cells' texts by
     * cell key, the cells whose earlier refusal is gone, and one line per problem.
     */
    record Outcome(Sheet sheet, int saved, Map<String, Draft> refused, Set<String> settled, List<String> problems) {
    }

    private final Session session;
    private final UiText text;
    private final GradebookService gradebook;

    CellSaves(Session session, UiText text) {
        this.session = session;
        this.text = text;
        this.gradebook = session.services().gradebook();
    }

    static String cellKey(long pupilId, String slot) {
        return pupilId + "/" + slot;
    }

    Outcome save(Sheet sheet, List<Pending> pending) {
        long classId = sheet.book().schoolClass().id();
        Sheet now = sheet;
        List<Pending> left = new ArrayList<>(pending);
        Map<String, Draft> refused = new HashMap<>();
        Set<String> settled = new HashSet<>();
        List<String> problems = new ArrayList<>();
        boolean reload = false;
        int saved = 0;
        try {
            while (!left.isEmpty()) {
                try {
                    SaveResult r = gradebook.save(session.actor(), classId, sheet.ref(),
                            left.stream().map(Pending::edit).toList(), Via.GRID);
                    left.forEach(p -> settled.add(p.key()));
                    now = r.sheet();
                    saved = left.size();
                    left.clear();
                } catch (EntriesRefused e) {
                    int before = left.size();
                    for (CellProblem p : e.problems()) {
                        Pending which = left.stream().filter(x -> x.row().pupilId() == p.pupilId()
                                && x.column().key().equals(p.slot())).findFirst().orElse(null);
                        if (which == null) {
                            continue;
                        }
                        left.remove(which);
                        String reason = reason(which, p);
                        if (CONFLICT.equals(p.code())) {
                            reload = true;
                            settled.add(which.key());
                            problems.add(label(which) + ": " + reason + " "
                                    + text.t("gradebook.conflict.yours", which.typed()));
                        } else {
                            refused.put(which.key(), new Draft(which.typed(), reason));
                            problems.add(label(which) + ": " + reason);
                        }
                    }
                    if (left.size() == before) {
                        throw e; // a problem naming no cell we sent: say it as it is
                    }
                }
            }
            if (reload) {
                now = gradebook.sheet(session.actor(), classId, sheet.ref());
            }
        } catch (RuntimeException e) {
            problems.add(text.error(e));
        }
        return new Outcome(now, saved, refused, settled, problems);
    }

    /** The service's reason in words; a conflict's new value shown as the grid shows it ("9,0"). */
    private String reason(Pending which, CellProblem p) {
        Object[] args = p.args().toArray();
        if (CONFLICT.equals(p.code()) && args.length > 1 && args[1] instanceof String v && !"—".equals(v)) {
            args[1] = Marks.shown(which.column().kind(), v, text);
        }
        return text.code(p.code(), args);
    }

    private static String label(Pending p) {
        return p.row().name() + ", " + p.column().description();
    }
}
