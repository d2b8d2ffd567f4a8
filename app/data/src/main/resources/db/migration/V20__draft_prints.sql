-- Bản nháp (ADR 0044): a book of entered results printed while required entries are missing is a draft, every
-- page watermarked and each gap printed "chưa đủ". The ledger keeps the choice so a draft is never signed, the
-- catalogue counts it as a draft and "In lại" prints it the same way. Prints made before are final books.
ALTER TABLE print_ledger ADD COLUMN draft BOOLEAN DEFAULT FALSE NOT NULL;
