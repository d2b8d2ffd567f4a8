package vn.sotruong.desktop.lan;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import vn.sotruong.desktop.attendance.AttendanceView;
import vn.sotruong.desktop.attendance.AttendanceViewModel;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Điểm danh trên máy trạm: the desktop's own attendance page on the office PC's data ({@link OfficeAttendance}),
 * read when first shown, and asking the month's change counter every few seconds while it is shown so others' saves
 * appear.
 */
public final class WorkstationAttendance {
    private final AttendanceViewModel vm;
    private final AttendanceView view;
    private final Timeline poller;
    private boolean opened;

    public WorkstationAttendance(AttendanceViewModel vm, UiText text, Duration pollEvery) {
        this.vm = vm;
        this.view = new AttendanceView(vm, text);
        this.poller = new Timeline(new KeyFrame(javafx.util.Duration.millis(pollEvery.toMillis()), e -> vm.poll()));
        poller.setCycleCount(Timeline.INDEFINITE);
    }

    /** Shows the page: the first time reads the classes and months; then watches the open month. */
    void start() {
        if (!opened) {
            opened = true;
            vm.open();
        }
        poller.play();
    }

    void stop() {
        poller.stop();
    }

    Node root() {
        return view.root();
    }

    public AttendanceViewModel viewModel() {
        return vm;
    }
}
