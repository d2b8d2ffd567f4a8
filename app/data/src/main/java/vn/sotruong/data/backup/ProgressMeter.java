package vn.sotruong.data.backup;

import vn.sotruong.data.backup.BackupProgress.Stage;

/**
 * Maps each stage's own 0..1 onto its slice of the whole job and passes on only changes a bar can
 * show (a new stage, or one more hundredth), so a big snapshot does not flood the UI thread.
 */
final class ProgressMeter {
    private final BackupProgress out;
    private Stage stage;
    private double from;
    private double to;
    private double last = -1;

    ProgressMeter(BackupProgress out) {
        this.out = out == null ? BackupProgress.NONE : out;
    }

    /** Starts {@code next}, which takes the whole job from {@code start} to {@code end}. */
    void stage(Stage next, double start, double end) {
        stage = next;
        from = start;
        to = end;
        emit(start, true);
    }

    /** How far into the current stage (0..1). */
    void within(double fraction) {
        double f = Math.clamp(fraction, 0.0, 1.0);
        emit(from + (to - from) * f, false);
    }

    void done() {
        stage = Stage.DONE;
        emit(1.0, true);
    }

    private void emit(double done, boolean newStage) {
        double d = Math.max(done, last);
        if (newStage || d - last >= 0.01) {
            last = d;
            out.at(stage, d);
        }
    }
}
