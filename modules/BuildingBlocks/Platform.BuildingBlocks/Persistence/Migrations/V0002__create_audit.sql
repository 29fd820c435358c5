-- The append-only audit trail, chained by SHA-256: each entry's hash covers its content and the previous hash.
-- platform_audit_head holds the chain's end; updating it first serialises appenders on every database.
CREATE TABLE platform_audit (
    seq BIGINT NOT NULL PRIMARY KEY,
    at_ms BIGINT NOT NULL,
    actor VARCHAR(100) NOT NULL,
    action VARCHAR(200) NOT NULL,
    target VARCHAR(400) NOT NULL,
    outcome VARCHAR(100) NOT NULL,
    before_digest VARCHAR(64) NULL,
    after_digest VARCHAR(64) NULL,
    detail ${string(2000)} NULL,
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL
);
CREATE INDEX ix_platform_audit_actor ON platform_audit (actor, seq);
CREATE INDEX ix_platform_audit_at ON platform_audit (at_ms);
CREATE TABLE platform_audit_head (
    id INTEGER NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO platform_audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
