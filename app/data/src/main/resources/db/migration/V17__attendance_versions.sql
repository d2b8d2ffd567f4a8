-- Versions of attendance cells (phiên bản ô điểm danh), for saves from the teachers' workstations (ADR 0035):
-- one row per pupil, day and session that was ever changed, with how many times and by whom last. A save names
-- the version it saw; a cell changed meanwhile is refused with who changed it. The sum of a class's versions in a
-- month is the counter an open grid polls. Cells never changed have no row (version 0).
CREATE TABLE attendance_change (
    pupil_id    BIGINT      NOT NULL REFERENCES pupil (id),
    mark_date   DATE        NOT NULL,
    day_session VARCHAR(5)  NOT NULL,
    version     INT         NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    CONSTRAINT attendance_change_pk PRIMARY KEY (pupil_id, mark_date, day_session),
    CONSTRAINT attendance_change_session_valid CHECK (day_session IN ('SANG', 'CHIEU'))
);
