package vn.sotruong.desktop.attendance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.attendance.MarkCells;
import vn.sotruong.core.attendance.MarkProblem;
import vn.sotruong.core.attendance.MarksRefused;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.common.UnsentShelf;
import vn.sotruong.desktop.common.UnsentSource.Row;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.server.wire.Wire.MarkEditView;

/**
 * Ô điểm danh giữ trên máy: the attendance cells not confirmed by the office PC, kept on this computer through a
 * session end or a crash ({@link UnsentShelf}, the same file as the Sổ điểm entries). Holds the kept cells of months not
 * open in the grid, puts them back into the grid when their month is opened, and sends them with the version first seen
 * on "Gửi lại" — a cell changed meanwhile is refused with who changed it and to what, never overwritten.
 */
final class KeptMarks {
    private static final System.Logger LOG = System.getLogger(KeptMarks.class.getName());

    private final UnsentShelf<UnsentMark> shelf;
    private final AttendancePort port;
    private final UiText text;
    private final Background background;
    /** Kept cells whose month is not the one in the grid, by cell. */
    private final Map<String, UnsentMark> away = new LinkedHashMap<>();

    KeptMarks(UnsentShelf<UnsentMark> shelf, AttendancePort port, UiText text, Background background) {
        this.shelf = shelf;
        this.port = port;
        this.text = text;
        this.background = background;
    }

    /** Takes back the person's cells kept from an earlier session; each waits for "Gửi lại". */
    List<UnsentMark> restore() {
        List<UnsentMark> before = shelf.load();
        before.forEach(m -> away.putIfAbsent(m.cellKey(), m));
        return before;
    }

    /** Puts the kept cells of the grid's month back into it, typed again with the version seen back then. */
    void apply(AttendanceGrid g) {
        away.values().removeIf(g::restore);
    }

    /** Writes the kept cells and the grid's typed ones (null: no grid) to this computer's file. */
    void keep(AttendanceGrid g) {
        List<UnsentMark> all = new ArrayList<>(away.values());
        if (g != null) {
            all.addAll(of(g));
        }
        shelf.save(all);
    }

    /** The grid's typed cells as kept marks. */
    static List<UnsentMark> of(AttendanceGrid g) {
        return g.typed().stream().map(c -> mark(g, c)).toList();
    }

    /** A typed cell of the grid as a kept mark. */
    static UnsentMark mark(AttendanceGrid g, AttendanceGrid.Typed c) {
        var m = g.month();
        return new UnsentMark(m.classId(), m.className(), m.month(), c.row().pupilId(), c.row().fullName(),
                c.day().date().toString(), c.day().session(), c.code() == null ? null : c.code().letter(), c.seen(),
                c.unsent(), "");
    }

    boolean isEmpty() {
        return away.isEmpty();
    }

    /** The kept cells of months not open, listed like the grid's: lớp, sổ, học sinh, ngày và buổi, giá trị, trạng thái. */
    List<Row> rows() {
        return away.values().stream().map(m -> row(m, m.note().isEmpty() ? text.t("ws.cell.kept")
                : text.t("ws.unsent.state.REFUSED") + ": " + m.note())).toList();
    }

    Row row(UnsentMark m, String state) {
        YearMonth ym = YearMonth.parse(m.month());
        return new Row(m.className(), text.t("ws.unsent.attendance", String.format("%02d/%d", ym.getMonthValue(),
                ym.getYear())), m.pupil(), text.t("ws.unsent.attendanceDay", text.date(m.day()),
                text.t("attendance.session." + m.session().name())),
                m.code() == null ? text.t("ws.unsent.present") : m.code(), state);
    }

    /**
     * Gửi lại: sends the kept cells month by month, each month all or nothing with the versions first seen; saved ones
     * are forgotten, refused ones stay with why. {@code settled} runs once every month is answered; {@code failed}
     * hears a failure that is not a refusal (the office PC not reached, the session over): the cells stay kept.
     */
    void send(Runnable settled, java.util.function.Consumer<Throwable> failed) {
        Map<String, List<UnsentMark>> months = new LinkedHashMap<>();
        away.values().forEach(m -> months.computeIfAbsent(m.classId() + "/" + m.month(), k -> new ArrayList<>()).add(m));
        int[] left = {months.size()};
        if (left[0] == 0) {
            settled.run();
            return;
        }
        for (List<UnsentMark> list : months.values()) {
            UnsentMark first = list.getFirst();
            List<MarkEditView> edits = list.stream().map(UnsentMark::edit).toList();
            background.run(() -> port.save(first.classId(), YearMonth.parse(first.month()), edits), answer -> {
                list.forEach(m -> away.remove(m.cellKey(), m));
                done(left, settled);
            }, failure -> {
                if (failure instanceof MarksRefused r) {
                    refused(list, r);
                } else {
                    list.forEach(m -> away.computeIfPresent(m.cellKey(), (k, was) -> was.with(true, was.note())));
                    failed.accept(failure);
                }
                done(left, settled);
            });
        }
    }

    private void done(int[] left, Runnable settled) {
        if (--left[0] == 0) {
            settled.run();
        }
    }

    /** "Bị từ chối: Ô này vừa được … sửa thành K" on each refused cell; the month's others wait as they were. */
    private void refused(List<UnsentMark> list, MarksRefused r) {
        for (MarkProblem p : r.problems()) {
            String cell = MarkCells.key(p.date(), p.session());
            list.stream().filter(m -> m.pupilId() == p.pupilId() && MarkCells.key(m.day(), m.session()).equals(cell))
                    .forEach(m -> away.computeIfPresent(m.cellKey(), (k, was) -> was.with(was.sent(),
                            text.code(p.code(), p.args().toArray()))));
        }
    }

    /** Bỏ: forgets the kept cells and those of the grid, each written to this computer's log. */
    void discard(List<UnsentMark> alsoTyped) {
        List<UnsentMark> all = new ArrayList<>(away.values());
        all.addAll(alsoTyped);
        for (UnsentMark m : all) {
            LOG.log(System.Logger.Level.WARNING, "unsent attendance cell discarded: class {0} ({1}), month {2}, pupil {3}"
                    + " ({4}), {5} {6} = \"{7}\", {8}", m.className(), m.classId(), m.month(), m.pupil(), m.pupilId(),
                    m.date(), m.session(), m.code() == null ? "" : m.code(), m.sent() ? "UNSENT" : "TYPED");
        }
        away.clear();
        shelf.save(List.of());
    }
}
