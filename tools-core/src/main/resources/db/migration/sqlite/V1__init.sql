-- Labcrew state store, embedded (SQLite). Times are ISO-8601 UTC text.
CREATE TABLE approvals (
    id                 TEXT PRIMARY KEY,
    request_hash       TEXT NOT NULL,
    proposal_hash      TEXT NOT NULL,
    proposal           TEXT NOT NULL,
    approvers_required INTEGER NOT NULL,
    created_at         TEXT NOT NULL,
    used_at            TEXT,
    closed_at          TEXT,
    closed_why         TEXT
);
CREATE INDEX approvals_by_request ON approvals (request_hash);

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

CREATE TABLE audit_records (
    seq       INTEGER PRIMARY KEY,
    action_id TEXT NOT NULL,
    line      TEXT NOT NULL
);

-- The chain's head, apart from the records: a trail cut at its end, or emptied, no longer reaches it.
CREATE TABLE audit_head (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    seq      INTEGER NOT NULL,
    mac      TEXT NOT NULL,
    head_mac TEXT NOT NULL
);

CREATE TABLE store_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
