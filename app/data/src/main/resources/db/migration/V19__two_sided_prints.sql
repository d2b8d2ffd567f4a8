-- In hai mặt (ADR 0043): a book laid out for both sides of the sheet has the binding margin mirrored on even
-- pages and each class starting on an odd page. The ledger keeps the choice so "In lại" lays the book out the
-- same way and the paper print offers both sides by default. Prints made before are one-sided.
ALTER TABLE print_ledger ADD COLUMN two_sided BOOLEAN DEFAULT FALSE NOT NULL;
