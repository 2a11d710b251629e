-- Labcrew state store: the tables SQLite and PostgreSQL share as written. Times are ISO-8601 UTC text.
-- Each database's own V2 adds the decisions table, whose approver is proven differently.
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

CREATE TABLE audit_records (
    seq       BIGINT PRIMARY KEY,
    action_id TEXT NOT NULL,
    line      TEXT NOT NULL
);

-- The chain's head, apart from the records: a trail cut at its end, or emptied, no longer reaches it.
CREATE TABLE audit_head (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    seq      BIGINT NOT NULL,
    mac      TEXT NOT NULL,
    head_mac TEXT NOT NULL
);

CREATE TABLE store_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
