package vn.sotruong.cli;

import vn.sotruong.core.lan.RoomSchedule;

/** Prints a computer-room schedule one line a window (the text {@code lan schedule set} reads), or "always". */
final class LanSchedulePrinter {
    private LanSchedulePrinter() {
    }

    static void print(CliContext ctx, RoomSchedule s) {
        if (s.empty()) {
            ctx.out().println(ctx.text("lan.schedule.always"));
            return;
        }
        s.weeklyLines().forEach(l -> ctx.out().println(ctx.text("lan.schedule.weeklyLine", l)));
        s.dayLines().forEach(l -> ctx.out().println(ctx.text("lan.schedule.dayLine", l)));
    }
}
