-- Attendance (điểm danh): one row per pupil, day and session that was NOT plain "present".
-- A missing row means present, so a class of 45 with two absences costs two rows for the day.
-- Portable SQL as in V1 and V2.

-- code: P vắng có phép, K vắng không phép, M đi muộn. day_session: SANG (buổi sáng) or CHIEU (buổi chiều).
-- class_id is the class the pupil attended that day (the one whose teacher entered it); year_id makes the
-- year's tallies one indexed range read.
CREATE TABLE attendance_mark (
    pupil_id    BIGINT      NOT NULL REFERENCES pupil (id),
    mark_date   DATE        NOT NULL,
    day_session VARCHAR(5)  NOT NULL,
    code        VARCHAR(1)  NOT NULL,
    class_id    BIGINT      NOT NULL REFERENCES school_class (id),
    year_id     BIGINT      NOT NULL REFERENCES school_year (id),
    CONSTRAINT attendance_mark_pk PRIMARY KEY (pupil_id, mark_date, day_session),
    CONSTRAINT attendance_mark_session_valid CHECK (day_session IN ('SANG', 'CHIEU')),
    CONSTRAINT attendance_mark_code_valid CHECK (code IN ('P', 'K', 'M'))
);
-- the grid and a day's replacement read by class and date; the tallies by year and pupil
CREATE INDEX attendance_mark_class_day ON attendance_mark (class_id, mark_date);
CREATE INDEX attendance_mark_year_pupil ON attendance_mark (year_id, pupil_id, mark_date);
