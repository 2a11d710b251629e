-- Using an approval is an insert-only fact: one row per approval, never updated or deleted by Labcrew
-- (on PostgreSQL no Labcrew role may). A flag that could be set back to NULL could re-arm a used approval.
CREATE TABLE consumptions (
    approval_id TEXT PRIMARY KEY REFERENCES approvals (id),
    used_at     TEXT NOT NULL
);
INSERT INTO consumptions (approval_id, used_at) SELECT id, used_at FROM approvals WHERE used_at IS NOT NULL;
ALTER TABLE approvals DROP COLUMN used_at;
