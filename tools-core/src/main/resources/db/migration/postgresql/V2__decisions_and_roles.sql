-- Insert-only. The approver is the database role of the session that wrote the row: the column's
-- default, and no role is granted the right to set it.
CREATE TABLE decisions (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    approval_id   TEXT NOT NULL REFERENCES approvals (id),
    proposal_hash TEXT NOT NULL,
    verdict       TEXT NOT NULL CHECK (verdict IN ('APPROVED', 'DENIED')),
    approver      TEXT NOT NULL DEFAULT session_user,
    channel       TEXT NOT NULL,
    reason        TEXT NOT NULL,
    decided_at    TEXT NOT NULL,
    mac           TEXT,
    UNIQUE (approval_id, approver)
);

-- Two roles. Grant them to login roles: GRANT labcrew_agent TO labcrew_bot; GRANT labcrew_approver TO alice;
-- The agent proposes, consumes approvals and writes the audit trail; it cannot write a decision.
-- The approver reads proposals and writes decisions; it cannot mark anything used or touch the trail.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'labcrew_agent') THEN
        CREATE ROLE labcrew_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'labcrew_approver') THEN
        CREATE ROLE labcrew_approver NOLOGIN;
    END IF;
END
$$;

GRANT SELECT ON flyway_schema_history TO labcrew_agent, labcrew_approver;
GRANT SELECT, INSERT ON approvals TO labcrew_agent;
GRANT UPDATE (used_at, closed_at, closed_why) ON approvals TO labcrew_agent;
GRANT SELECT ON decisions TO labcrew_agent;
GRANT SELECT, INSERT ON audit_records TO labcrew_agent;
GRANT SELECT, INSERT, UPDATE ON audit_head TO labcrew_agent;
GRANT SELECT, INSERT ON store_meta TO labcrew_agent;

GRANT SELECT ON approvals TO labcrew_approver;
GRANT SELECT ON decisions TO labcrew_approver;
GRANT INSERT (approval_id, proposal_hash, verdict, channel, reason, decided_at, mac) ON decisions TO labcrew_approver;
GRANT SELECT ON audit_records, audit_head, store_meta TO labcrew_approver;
