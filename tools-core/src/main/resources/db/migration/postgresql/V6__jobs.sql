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

-- As V4: the agent gets what it needs and no more. It records jobs and moves their state; their
-- journal lines are appended, never changed or removed. Approvers may read both.
GRANT SELECT, INSERT ON jobs TO labcrew_agent;
GRANT UPDATE (state, note, updated_at) ON jobs TO labcrew_agent;
GRANT SELECT, INSERT ON job_steps TO labcrew_agent;
GRANT SELECT ON jobs, job_steps TO labcrew_approver;
