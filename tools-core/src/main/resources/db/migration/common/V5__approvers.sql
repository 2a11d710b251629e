-- People who may decide through the approval page. Only a hash of each secret is kept: the secret is
-- 256 random bits, shown once when the approver is added, so a plain SHA-256 cannot be searched back.
CREATE TABLE approvers (
    name        TEXT PRIMARY KEY,
    secret_hash TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
