-- Print ledger (sổ theo dõi in ấn): every register printed, with the fingerprint of the data that filled it, so
-- a printed book can be checked against the data later. Portable SQL as in V1.

-- Ledger numbers come from a sequence taken before printing (the number is printed on every page); a print
-- that fails leaves a gap, never a line.
CREATE SEQUENCE print_ledger_seq START WITH 1 INCREMENT BY 1;

-- One print. register: the command line's book name (so-theo-doi-danh-gia, …); scope: class:7A, grade:7 or
-- school; period: 1, 2 or year; paper: A4 or A3. fingerprint: SHA-256 of the data printed; file_sha256: of the
-- PDF written.
CREATE TABLE print_ledger (
    id           BIGINT        NOT NULL PRIMARY KEY,
    year_id      BIGINT        NOT NULL REFERENCES school_year (id),
    register     VARCHAR(40)   NOT NULL,
    scope        VARCHAR(60)   NOT NULL,
    period       VARCHAR(4)    NOT NULL,
    paper        VARCHAR(2)    NOT NULL,
    printed_by   VARCHAR(100)  NOT NULL,
    printed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    workstation  VARCHAR(100),
    fingerprint  VARCHAR(64)   NOT NULL,
    pages        INT           NOT NULL,
    file_sha256  VARCHAR(64)   NOT NULL,
    CONSTRAINT print_ledger_period_valid CHECK (period IN ('1', '2', 'year')),
    CONSTRAINT print_ledger_paper_valid CHECK (paper IN ('A4', 'A3'))
);
CREATE INDEX print_ledger_year ON print_ledger (year_id, printed_at);

-- The parts of a print (a class's cover, its Toán sheet, a line of the sổ đăng bộ, …) with the fingerprint of
-- each part's data and the pages it is on, so a change names what to reprint and re-sign.
CREATE TABLE print_ledger_part (
    ledger_id    BIGINT        NOT NULL REFERENCES print_ledger (id),
    part_no      INT           NOT NULL,
    label        VARCHAR(300)  NOT NULL,
    fingerprint  VARCHAR(64)   NOT NULL,
    first_page   INT           NOT NULL,
    pages        INT           NOT NULL,
    CONSTRAINT print_ledger_part_pk PRIMARY KEY (ledger_id, part_no)
);

