-- Insert-only. One decision per approver and proposal. The MAC under the audit key proves the row was
-- written by Labcrew holding the key, not by whoever can edit the file.
CREATE TABLE decisions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    approval_id   TEXT NOT NULL REFERENCES approvals (id),
    proposal_hash TEXT NOT NULL,
    verdict       TEXT NOT NULL CHECK (verdict IN ('APPROVED', 'DENIED')),
    approver      TEXT NOT NULL,
    channel       TEXT NOT NULL,
    reason        TEXT NOT NULL,
    decided_at    TEXT NOT NULL,
    mac           TEXT,
    UNIQUE (approval_id, approver)
);
