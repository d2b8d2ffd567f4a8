package vn.sotruong.testkit.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.DaySession;

/**
 * A school year of attendance for the demo pupils, worked out from the seed: most pupils miss a few
 * days (illness in spells of one to three days, mostly with leave) and are late now and then; a few
 * miss weeks; and in three classes two pupils sit at the 45-buổi line of Circular 22 Art 12 — one
 * just under or at it, one over — so promotion and the warnings have something to show. Counts are in
 * days (buổi as Art 12 counts them); with two sessions an absent day usually covers both.
 */
final class DemoAttendance {
    /** One cell that is not "present". */
    record Mark(String pupilCode, LocalDate date, DaySession session, AttendanceCode code) {
    }

    /** Absent days of the pupils at the limit, by class rank: (under or at 45, over 45). */
    private static final int[][] AT_THE_LIMIT = {{44, 48}, {41, 53}, {45, 46}};

    private DemoAttendance() {
    }

    /** Pupils whose year the plan puts at the limit: code → absent days. */
    static Map<String, Integer> atTheLimit(List<DemoPupil> pupils) {
        List<String> classes = pupils.stream().map(DemoPupil::className).distinct().sorted().toList();
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < AT_THE_LIMIT.length; i++) {
            String c = classes.get((i + 1) * classes.size() / (AT_THE_LIMIT.length + 1));
            List<DemoPupil> in = pupils.stream().filter(p -> p.className().equals(c)).toList();
            out.put(in.get(3).code(), AT_THE_LIMIT[i][0]);
            out.put(in.get(in.size() - 5).code(), AT_THE_LIMIT[i][1]);
        }
        return out;
    }

    static List<Mark> plan(long seed, List<DemoPupil> pupils, List<LocalDate> schoolDays, int sessions) {
        Random random = new DemoRandom(seed).stream("attendance");
        Map<String, Integer> limit = atTheLimit(pupils);
        List<Mark> marks = new ArrayList<>();
        for (DemoPupil p : pupils) {
            Integer heavy = limit.get(p.code());
            int absent = heavy != null ? heavy : ordinaryAbsences(random);
            // unexcused more often among those who miss a lot
            double unexcused = heavy != null ? 0.4 : absent > 10 ? 0.3 : 0.12;
            TreeSet<Integer> taken = new TreeSet<>();
            while (taken.size() < absent) {
                int length = 1 + random.nextInt(heavy != null ? 5 : 3);
                int start = random.nextInt(schoolDays.size());
                AttendanceCode code = random.nextDouble() < unexcused ? AttendanceCode.UNEXCUSED : AttendanceCode.EXCUSED;
                for (int d = start; d < Math.min(schoolDays.size(), start + length) && taken.size() < absent; d++) {
                    if (taken.add(d)) {
                        absentDay(marks, p.code(), schoolDays.get(d), code, sessions, random);
                    }
                }
            }
            int late = lateDays(random);
            for (int i = 0; i < late; i++) {
                int d = random.nextInt(schoolDays.size());
                if (taken.add(d)) {
                    marks.add(new Mark(p.code(), schoolDays.get(d), DaySession.SANG, AttendanceCode.LATE));
                }
            }
        }
        return marks;
    }

    /** Days absent in a year for a pupil not at the limit: mostly a few, sometimes a couple of weeks. */
    private static int ordinaryAbsences(Random random) {
        double r = random.nextDouble();
        if (r < 0.45) {
            return random.nextInt(3);
        }
        if (r < 0.80) {
            return 3 + random.nextInt(5);
        }
        if (r < 0.96) {
            return 8 + random.nextInt(8);
        }
        return 16 + random.nextInt(13);
    }

    private static int lateDays(Random random) {
        double r = random.nextDouble();
        return r < 0.6 ? 0 : r < 0.9 ? 1 + random.nextInt(3) : 4 + random.nextInt(7);
    }

    /** With two sessions a sick day is mostly both; now and then only the morning or the afternoon. */
    private static void absentDay(List<Mark> marks, String code, LocalDate day, AttendanceCode kind, int sessions,
                                  Random random) {
        if (sessions < 2) {
            marks.add(new Mark(code, day, DaySession.SANG, kind));
            return;
        }
        double r = random.nextDouble();
        boolean morning = r < 0.925;
        boolean afternoon = r < 0.85 || r >= 0.925;
        if (morning) {
            marks.add(new Mark(code, day, DaySession.SANG, kind));
        }
        if (afternoon) {
            marks.add(new Mark(code, day, DaySession.CHIEU, kind));
        }
    }
}
