-- Reconcile jobs (provision_lxc): one row per job, its id the audit trail's action id, and its journal,
-- appended line by line: each step's intent before it runs, its outcome after (issue 13).
CREATE TABLE jobs (
    id            TEXT PRIMARY KEY,
    tool          TEXT NOT NULL,
    target        TEXT NOT NULL,
    proposal_hash TEXT NOT NULL,
    approval_id   TEXT NOT NULL,
    arguments     TEXT NOT NULL,
    state         TEXT NOT NULL,
    note          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE job_steps (
    job_id TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    step   TEXT NOT NULL,
    phase  TEXT NOT NULL,
    upid   TEXT NOT NULL,
    detail TEXT NOT NULL,
    at     TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)
);
