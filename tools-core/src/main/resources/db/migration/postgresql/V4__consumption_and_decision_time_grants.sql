-- The agent records that it used an approval; nobody may take that back.
GRANT SELECT, INSERT ON consumptions TO labcrew_agent;
GRANT SELECT ON consumptions TO labcrew_approver;

-- A decision's time is the server's, not the approver's: a client cannot date an approval into the future
-- (keeping it fresh forever) or write text that does not parse.
ALTER TABLE decisions ALTER COLUMN decided_at SET DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
REVOKE INSERT ON decisions FROM labcrew_approver;
GRANT INSERT (approval_id, proposal_hash, verdict, channel, reason) ON decisions TO labcrew_approver;
