-- Ảnh học sinh: the optional photo on a pupil's record (JPEG or PNG, at most one per pupil), with the SHA-256 of
-- its bytes, who stored it and when. Stored only once the parents' consent is recorded (service rule). Portable
-- SQL as in V1 (BLOB as in V7).
CREATE TABLE pupil_photo (
    pupil_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES pupil (id),
    media_type  VARCHAR(40)   NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    content     BLOB          NOT NULL,
    stored_by   VARCHAR(100)  NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
