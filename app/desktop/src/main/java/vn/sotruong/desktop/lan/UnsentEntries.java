package vn.sotruong.desktop.lan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.common.Marks;
import vn.sotruong.desktop.common.SessionEnd;
import vn.sotruong.desktop.common.UnsentShelf;
import vn.sotruong.desktop.common.UnsentSource;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.lan.WorkstationCell.State;
import vn.sotruong.server.wire.Wire.SaveAnswer;

/**
 * Sổ ô chưa gửi: the entries typed on this workstation that the office PC has not confirmed yet (đang gửi / bị từ
 * chối / chưa lưu: mất mạng), of every sheet. Sends them, settles each by the office PC's answer, and sends the
 * unconfirmed ones again with the version first seen; tells the grid what to show through {@link Grid}. Lists them
 * for the question asked before leaving ({@link UnsentSource}).
 */
public final class UnsentEntries implements UnsentSource {
    private static final String CONFLICT = "gradebook.changedMeanwhile";
    private static final System.Logger LOG = System.getLogger(UnsentEntries.class.getName());

    /**
     * What the grid does when an entry's standing changes: {@code saved} when the office PC saved it (its answer has
     * the saved rows), {@code kept} when it is kept (sending, refused or unsent), {@code answered} after an answer
     * (null) or when the office PC could not be reached or the send failed (the failure).
     */
    record Grid(BiConsumer<UnsentEntry, SaveAnswer> saved, Consumer<UnsentEntry> kept, Consumer<Throwable> answered) {
    }

    private final Map<String, UnsentEntry> entries = new LinkedHashMap<>();
    private final GradebookPort port;
    private final UiText text;
    private final Background background;
    private final Grid grid;
    private final UnsentShelf<UnsentEntry> shelf;

    UnsentEntries(GradebookPort port, UiText text, Background background, Grid grid, UnsentShelf<UnsentEntry> shelf) {
        this.port = port;
        this.text = text;
        this.background = background;
        this.grid = grid;
        this.shelf = shelf;
    }

    /**
     * Takes back the entries kept on this computer from an earlier session of the same person (a crash, a power cut,
     * an office-service restart): each is "chưa lưu" until sent again.
     */
    List<UnsentEntry> restore() {
        List<UnsentEntry> before = shelf.load();
        for (UnsentEntry e : before) {
            entries.putIfAbsent(e.key(), e.with(State.UNSENT, text.t("ws.cell.kept")));
        }
        return before;
    }

    /** The entry kept for a cell, or null. */
    UnsentEntry get(String key) {
        return entries.get(key);
    }

    /** Every entry not confirmed yet, in the order typed. */
    public List<UnsentEntry> all() {
        return List.copyOf(entries.values());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public long count(State state) {
        return entries.values().stream().filter(e -> e.state() == state).count();
    }

    /** "Mọi ô đã lưu trên máy văn phòng" (when a sheet is shown) or how many entries are sending / unsent / refused. */
    String status(boolean sheetShown) {
        return entries.isEmpty() ? (sheetShown ? text.t("ws.status.allSaved") : "")
                : text.t("ws.status.pending", count(State.SENDING), count(State.UNSENT), count(State.REFUSED));
    }

    /** The banner once the office PC answers: none, or, while entries wait to be sent again, that it is back. */
    String bannerWhenReachable() {
        long unsent = count(State.UNSENT);
        return unsent == 0 ? "" : text.t("ws.banner.back", unsent);
    }

    /** Gửi lại: sends every entry not yet confirmed again (of any sheet), each with the version first seen. */
    void retry() {
        retry(() -> { });
    }

    /** As {@link #retry()}, then {@code settled} runs once the office PC answered them all (or could not be reached). */
    void retry(Runnable settled) {
        List<UnsentEntry> again = entries.values().stream().filter(e -> e.state() != State.SENDING).toList();
        if (again.isEmpty()) {
            settled.run();
        } else {
            send(again, settled);
        }
    }

    @Override
    public List<Row> unsentRows() {
        return all().stream().map(e -> new Row(e.place().className(), e.place().sheet(), e.place().pupil(),
                e.place().column(), e.text().isEmpty() ? text.t("ws.unsent.blank") : e.text(), stateText(e))).toList();
    }

    @Override
    public void sendAgain(Runnable settled) {
        retry(settled);
    }

    @Override
    public void discardUnsent() {
        discard();
    }

    /** "Chưa lưu: mất kết nối …", "Bị từ chối: …" — the state's word once, then why. */
    String stateText(UnsentEntry e) {
        String state = text.t("ws.unsent.state." + e.state().name());
        return e.note().isEmpty() ? state : e.note().startsWith(state) ? e.note() : state + ": " + e.note();
    }

    /** Sends the entries one by one; each cell shows "đang gửi" until the office PC answers. */
    void send(List<UnsentEntry> list) {
        send(list, () -> { });
    }

    private void send(List<UnsentEntry> list, Runnable settled) {
        List<UnsentEntry> sending = list.stream().map(e -> e.with(State.SENDING, text.t("ws.cell.sending"))).toList();
        sending.forEach(this::keep);
        background.run(() -> {
            List<Object> outcomes = new ArrayList<>();
            for (UnsentEntry e : sending) {
                try {
                    outcomes.add(port.save(e.classId(), ref(e.area(), e.item()), List.of(e.edit())));
                } catch (RuntimeException failure) {
                    outcomes.add(failure);
                }
            }
            return outcomes;
        }, outcomes -> {
            for (int i = 0; i < sending.size(); i++) {
                settle(sending.get(i), outcomes.get(i));
            }
            settled.run();
        }, failure -> {
            grid.answered().accept(failure);
            settled.run();
        });
    }

    /**
     * Bỏ: forgets every entry, here and in the data folder, on the person's decision when leaving. Nothing reached the
     * office PC, so there is nothing to audit there; each dropped entry is written to this computer's log.
     */
    void discard() {
        for (UnsentEntry e : all()) {
            LOG.log(System.Logger.Level.WARNING, "unsent entry discarded at close: class {0} ({1}), sheet {2}, pupil {3}"
                    + " ({4}), {5} = \"{6}\", {7}", e.place().className(), e.classId(), e.place().sheet(),
                    e.place().pupil(), e.pupilId(), e.slot(), e.text(), e.state());
        }
        entries.clear();
        shelf.save(List.of());
        grid.answered().accept(null);
    }

    private void settle(UnsentEntry e, Object outcome) {
        if (!e.sameEntry(entries.get(e.key()))) {
            return; // typed again meanwhile: the newer entry decides
        }
        switch (outcome) {
            case SaveAnswer saved -> {
                entries.remove(e.key());
                shelf.save(all());
                grid.answered().accept(null);
                grid.saved().accept(e, saved);
            }
            case EntriesRefused refused -> {
                CellProblem p = refused.problems().stream().filter(x -> x.pupilId() == e.pupilId()
                        && x.slot().equals(e.slot())).findFirst().orElse(refused.problems().getFirst());
                keep(e.with(State.REFUSED, reason(e, p)));
                grid.answered().accept(null);
            }
            case DomainException d when d.code().equals("lan.unreachable") -> {
                keep(e.with(State.UNSENT, text.t("ws.cell.unsent")));
                grid.answered().accept(d);
            }
            case DomainException d when SessionEnd.ended(d) -> {
                keep(e.with(State.UNSENT, text.error(d)));
                grid.answered().accept(d);
            }
            case Throwable t -> {
                keep(e.with(State.REFUSED, text.error(t)));
                grid.answered().accept(null);
            }
            default -> throw new IllegalStateException(String.valueOf(outcome));
        }
    }

    private void keep(UnsentEntry e) {
        entries.put(e.key(), e);
        shelf.save(all());
        grid.kept().accept(e);
    }

    private String reason(UnsentEntry e, CellProblem p) {
        Object[] args = p.args().toArray();
        ColumnKind kind = e.kind();
        if (CONFLICT.equals(p.code()) && args.length > 1 && args[1] instanceof String v && !"—".equals(v) && kind != null) {
            args[1] = Marks.shown(kind, v, text);
        }
        String why = text.code(p.code(), args);
        return CONFLICT.equals(p.code()) ? why + " " + text.t("gradebook.conflict.yours", e.text()) : why;
    }

    static SheetRef ref(String area, String item) {
        return switch (vn.sotruong.core.gradebook.Area.valueOf(area)) {
            case SUBJECT -> SheetRef.subject(item);
            case CONDUCT -> SheetRef.conduct();
            case QUALITY -> SheetRef.qualities();
        };
    }
}
