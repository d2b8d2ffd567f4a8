package vn.sotruong.desktop.registers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.registers.BookOptions;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.desktop.common.Session;

/**
 * What some books ask for besides the classes and the term: the month of the sổ gọi tên (by default the month
 * before, printed in the first week of the next), the teacher and subject of a sổ cá nhân (and whether it is printed
 * empty at the start of the term), the assessment point of the tiểu học bảng tổng hợp.
 */
public final class BookOptionsChoice {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    /** A teacher with a subject they teach this year ("Nguyễn Thị Hân — Toán"). */
    public record TeacherSubject(long staffId, String subjectCode, String label) {
    }

    private final BooleanProperty needsMonth = new SimpleBooleanProperty(false);
    private final BooleanProperty needsTeacher = new SimpleBooleanProperty(false);
    private final BooleanProperty needsPoint = new SimpleBooleanProperty(false);
    private final StringProperty month = new SimpleStringProperty("");
    private final ObservableList<TeacherSubject> teachers = FXCollections.observableArrayList();
    private final ObjectProperty<TeacherSubject> teacher = new SimpleObjectProperty<>();
    private final BooleanProperty blank = new SimpleBooleanProperty(false);
    private final ObservableList<String> points = FXCollections.observableArrayList(ColumnLayout.POINTS);
    private final ObjectProperty<String> point = new SimpleObjectProperty<>();

    BookOptionsChoice(Session session, long yearId) {
        LocalDate today = session.today();
        month.set(MONTH.format(today.getDayOfMonth() <= 7 ? YearMonth.from(today).minusMonths(1) : YearMonth.from(today)));
        Map<Long, String> staff = new HashMap<>();
        Map<Long, Subject> subjects = new HashMap<>();
        List<TeachingAssignment> taught = List.of();
        try {
            for (StaffMember m : session.services().organisation().staff(session.actor())) {
                staff.put(m.id(), m.fullName());
            }
            session.services().years().subjects(yearId).forEach(s -> subjects.put(s.id(), s));
            taught = session.services().organisation().assignments(session.actor(), yearId);
        } catch (DomainException e) {
            // who may not see the staff list prints no personal books: the list stays empty
        }
        taught.stream().filter(a -> staff.containsKey(a.staffId()) && subjects.containsKey(a.subjectId()))
                .map(a -> new TeacherSubject(a.staffId(), subjects.get(a.subjectId()).code(),
                        staff.get(a.staffId()) + " — " + subjects.get(a.subjectId()).name()))
                .distinct().sorted(Comparator.comparing(TeacherSubject::label)).forEach(teachers::add);
    }

    /** Shows what the book asks for. */
    void offer(RegisterName book) {
        needsMonth.set(book == RegisterName.SO_GOI_TEN);
        needsTeacher.set(book == RegisterName.SO_CA_NHAN);
        needsPoint.set(book == RegisterName.BANG_TONG_HOP);
    }

    /** The options of the chosen book; a month that cannot be read or a missing teacher is refused with the reason. */
    BookOptions options(RegisterName book) {
        return switch (book) {
            case SO_GOI_TEN -> BookOptions.month(BookOptions.parseMonth(month.get()));
            case SO_CA_NHAN -> {
                if (teacher.get() == null) {
                    throw new DomainException("registers.page.chooseTeacher");
                }
                yield BookOptions.teacherBook(teacher.get().staffId(), teacher.get().subjectCode(), blank.get());
            }
            case BANG_TONG_HOP -> point.get() == null ? BookOptions.NONE : BookOptions.point(point.get());
            default -> BookOptions.NONE;
        };
    }

    public BooleanProperty needsMonthProperty() {
        return needsMonth;
    }

    public BooleanProperty needsTeacherProperty() {
        return needsTeacher;
    }

    public BooleanProperty needsPointProperty() {
        return needsPoint;
    }

    public StringProperty monthProperty() {
        return month;
    }

    public ObservableList<TeacherSubject> teachers() {
        return teachers;
    }

    public ObjectProperty<TeacherSubject> teacherProperty() {
        return teacher;
    }

    public BooleanProperty blankProperty() {
        return blank;
    }

    public ObservableList<String> points() {
        return points;
    }

    public ObjectProperty<String> pointProperty() {
        return point;
    }
}
