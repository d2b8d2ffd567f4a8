-- Sổ đã ký số và hồ sơ lưu trữ: the principal's PAdES signature of a printed book (the signed PDF kept in the
-- store, so backups carry the electronic record) and the clerk's binding and archiving of printed books, each
-- with its date. Portable SQL as in V1.

-- One signature a print: the book printed as ledger line ledger_id, rendered again from the same data and
-- signed. sha256 is the signed PDF's; pdf the signed file itself.
CREATE TABLE register_signature (
    ledger_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES print_ledger (id),
    login        VARCHAR(100)  NOT NULL,
    cert_serial  VARCHAR(80)   NOT NULL,
    signed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    pdf          BLOB          NOT NULL,
    sha256       VARCHAR(64)   NOT NULL
);
CREATE INDEX register_signature_sha ON register_signature (sha256);

-- Đóng quyển (BOUND) and lưu trữ (ARCHIVED) of a printed book, with the day it happened and who recorded it.
CREATE TABLE register_keeping (
    ledger_id    BIGINT        NOT NULL REFERENCES print_ledger (id),
    step         VARCHAR(8)    NOT NULL,
    on_date      DATE          NOT NULL,
    set_by       VARCHAR(100)  NOT NULL,
    set_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT register_keeping_pk PRIMARY KEY (ledger_id, step),
    CONSTRAINT register_keeping_step CHECK (step IN ('BOUND', 'ARCHIVED'))
);
