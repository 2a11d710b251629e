package dev.labcrew.core.store;

/**
 * What differs between the two databases. Everything else is the same SQL.
 */
enum Dialect {
    /**
     * One user's machine: write transactions begin IMMEDIATE (the writer's lock is taken up front), and
     * decision rows carry a MAC under the audit key, since any process of the user can write the file.
     */
    SQLITE("classpath:db/migration/common,classpath:db/migration/sqlite", "", null,
        "INSERT INTO decisions (approval_id, proposal_hash, verdict, channel, reason, approver, decided_at, mac)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", true),
    /**
     * A shared server: the head row is locked for the length of an append, and the approver of a
     * decision is the database role of the session that wrote it and its time the server's clock (the
     * columns' defaults, which no role may set): an agent's role cannot write decisions at all.
     */
    POSTGRESQL("classpath:db/migration/common,classpath:db/migration/postgresql", " FOR UPDATE",
        "SELECT pg_advisory_xact_lock(hashtext(?))",
        "INSERT INTO decisions (approval_id, proposal_hash, verdict, channel, reason) VALUES (?, ?, ?, ?, ?)", false);

    private final String migrations;
    private final String lockForUpdate;
    private final String lockRequest;
    private final String insertDecision;
    private final boolean macOnDecisions;

    Dialect(String migrations, String lockForUpdate, String lockRequest, String insertDecision, boolean macOnDecisions) {
        this.migrations = migrations;
        this.lockForUpdate = lockForUpdate;
        this.lockRequest = lockRequest;
        this.insertDecision = insertDecision;
        this.macOnDecisions = macOnDecisions;
    }

    String migrations() {
        return migrations;
    }

    /** Appended to the SELECT of the chain head inside an append. */
    String lockForUpdate() {
        return lockForUpdate;
    }

    /**
     * Taken before queuing a proposal, so that two callers of the same request queue one entry; null
     * where the write transaction already serializes them (SQLite's IMMEDIATE).
     */
    String lockRequest() {
        return lockRequest;
    }

    String insertDecision() {
        return insertDecision;
    }

    /** Whether the approver is written by the caller and proven by a MAC (else the database sets it). */
    boolean macOnDecisions() {
        return macOnDecisions;
    }
}
