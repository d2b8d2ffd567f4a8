package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.wire.Wire.BookView;
import vn.sotruong.server.wire.Wire.BooksAnswer;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SheetChoiceView;
import vn.sotruong.server.wire.Wire.SheetView;
import vn.sotruong.data.support.NetworkLink;

/** The workstation grid's calls: the books a person may open, the change counter, a retry after a lost answer. */
class WorkstationGridCallsTest extends LanFixture {
    private static final SheetRef TOAN = SheetRef.subject("TOAN");
    private static final String TX1 = ColumnLayout.tx(1, 1);

    @Test
    void aTeacherIsToldTheBooksTheyMayOpenWithTheirOwnSheetMarked() {
        OfficeClient ws = client(pairedWorkstation("Phòng máy 1"));
        BooksAnswer books = ws.books(ws.login("gv.toan", PASSWORD.toCharArray()));
        assertThat(books.year()).isEqualTo(s.years().currentYear().orElseThrow().label());
        BookView b = books.books().getFirst();
        assertThat(books.books()).singleElement().extracting(BookView::className).isEqualTo("7A");
        assertThat(b.sheets()).filteredOn(SheetChoiceView::editable).extracting(SheetChoiceView::item)
                .containsExactly("TOAN");
        assertThat(b.sheets()).extracting(SheetChoiceView::area).contains("SUBJECT", "CONDUCT");
        // the Văn teacher teaches no class here: no book, not even by asking
        assertThat(ws.books(ws.login("gv.van", PASSWORD.toCharArray())).books()).isEmpty();
    }

    @Test
    void aTeacherChangingTheClassOfTheChangeCounterReachesNothing() {
        OfficeClient ws = client(pairedWorkstation("Phòng máy 1"));
        LoginAnswer van = ws.login("gv.van", PASSWORD.toCharArray());
        assertThat(code(() -> ws.changes(van, c7a, TOAN))).isEqualTo("scope.notYourClassOrSubject");
        assertThat(code(() -> ws.changes(van, 999_999, TOAN))).isEqualTo("class.notFound");
        LoginAnswer toan = ws.login("gv.toan", PASSWORD.toCharArray());
        assertThat(ws.changes(toan, c7a, TOAN)).isZero();
    }

    @Test
    void anotherPersonsSaveMakesTheCounterGrowAndPollingDoesNotKeepTheSessionAlive() {
        OfficeClient ws1 = client(pairedWorkstation("Phòng máy 1"));
        OfficeClient ws2 = client(pairedWorkstation("Phòng máy 2"));
        LoginAnswer toan = ws1.login("gv.toan", PASSWORD.toCharArray());
        LoginAnswer office = ws2.login(ADMIN, PASSWORD.toCharArray());
        SheetView open = ws1.sheet(toan, c7a, TOAN);
        assertThat(ws1.changes(toan, c7a, TOAN)).isEqualTo(open.changes());

        ws2.save(office, c7a, TOAN, List.of(new CellEdit(binh, TX1, "9", 0)));
        long grown = ws1.changes(toan, c7a, TOAN);
        assertThat(grown).isGreaterThan(open.changes());
        SheetView again = ws1.sheet(toan, c7a, TOAN);
        assertThat(again.changes()).isEqualTo(grown);
        assertThat(again.rows()).filteredOn(r -> r.pupilId() == binh).singleElement()
                .satisfies(r -> assertThat(r.cells().get(TX1).text()).isEqualTo("9.0"));

        Duration idle = Duration.ofMinutes(s.auth().securitySettings().idleLockMinutes());
        clock.advance(idle.minusMinutes(1));
        ws1.changes(toan, c7a, TOAN); // polling only
        clock.advance(Duration.ofMinutes(2));
        assertThat(code(() -> ws1.changes(toan, c7a, TOAN))).isEqualTo("lan.sessionExpired");
    }

    @Test
    void aSaveWhoseAnswerIsLostIsSentAgainAndSavedOnce() {
        WorkstationPairing p = pairedWorkstation("Phòng máy 1");
        try (NetworkLink link = NetworkLink.to(server.port())) {
            OfficeClient ws = OfficeClient.paired(new WorkstationPairing(new OfficeAddress("127.0.0.1", link.port()),
                    p.certificate(), p.secret(), p.workstationId()), Locale.forLanguageTag("vi-VN"));
            LoginAnswer toan = ws.login("gv.toan", PASSWORD.toCharArray());
            SheetView seen = ws.sheet(toan, c7a, TOAN);
            List<CellEdit> edit = List.of(new CellEdit(an, TX1, "7,5", 0));

            link.loseNextAnswers(1);
            assertThat(code(() -> ws.save(toan, c7a, TOAN, edit))).isEqualTo("lan.unreachable");
            assertThat(text(s.gradebook().sheet(admin, c7a, TOAN), an)).as("saved on the office PC").isEqualTo("7.5");

            SaveAnswer retry = ws.save(toan, c7a, TOAN, edit);
            assertThat(retry.changed()).isZero();
            assertThat(retry.rows()).filteredOn(r -> r.pupilId() == an).singleElement()
                    .satisfies(r -> assertThat(r.cells().get(TX1).version()).isEqualTo(1));
            assertThat(s.gradebook().history(admin, c7a, TOAN, an, TX1)).hasSize(1);
            assertThat(seen.changes()).isZero();
        }
    }

    private static String text(vn.sotruong.core.gradebook.Sheet sheet, long pupil) {
        return sheet.row(pupil).orElseThrow().text(TX1);
    }
}
