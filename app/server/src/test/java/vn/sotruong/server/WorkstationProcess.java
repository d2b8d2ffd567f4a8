package vn.sotruong.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.SaveAnswer;

/**
 * A workstation in a JVM of its own, for {@link LanProcessesTest}: reads its pairing from a data folder, signs in,
 * saves {@code saves} scores into its own pupil's cell, then tries a shared cell from version 0, signs out. Prints
 * one line per result: {@code own <version>}, {@code shared won <text>} or {@code shared refused <who> <what>}.
 * <p>Arguments: data folder, login, password, class id, own pupil, own slot, shared pupil, shared slot, saves, text.
 */
public final class WorkstationProcess {
    private WorkstationProcess() {
    }

    public static void main(String[] args) {
        WorkstationPairing pairing = WorkstationPairing.load(Path.of(args[0])).orElseThrow();
        OfficeClient client = OfficeClient.paired(pairing, Locale.ROOT);
        LoginAnswer session = client.login(args[1], args[2].toCharArray());
        long classId = Long.parseLong(args[3]);
        long pupil = Long.parseLong(args[4]);
        long sharedPupil = Long.parseLong(args[6]);
        SheetRef toan = SheetRef.subject("TOAN");
        int saves = Integer.parseInt(args[8]);
        for (int k = 0; k < saves; k++) {
            SaveAnswer a = client.save(session, classId, toan, List.of(new CellEdit(pupil, args[5], k + ",5", k)));
            System.out.println("own " + a.rows().getFirst().cells().get(args[5]).version());
        }
        try {
            client.save(session, classId, toan, List.of(new CellEdit(sharedPupil, args[7], args[9], 0)));
            System.out.println("shared won " + args[9]);
        } catch (EntriesRefused e) {
            CellProblem p = e.problems().getFirst();
            System.out.println("shared refused " + p.args().get(0) + " " + p.args().get(1));
        }
        client.logout(session);
    }
}
