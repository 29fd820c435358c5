-- Integration events waiting to be delivered (transactional outbox), and the events each consumer has handled
-- (inbox), which makes delivery idempotent per consumer.
CREATE TABLE platform_outbox (
    id ${id},
    event_id VARCHAR(36) NOT NULL,
    manifest VARCHAR(200) NOT NULL,
    payload ${text} NOT NULL,
    occurred_at_ms BIGINT NOT NULL,
    dispatched_at_ms BIGINT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at_ms BIGINT NOT NULL,
    last_error ${string(2000)} NULL
);
CREATE UNIQUE INDEX ux_platform_outbox_event ON platform_outbox (event_id);
CREATE INDEX ix_platform_outbox_pending ON platform_outbox (dispatched_at_ms, next_attempt_at_ms);
CREATE TABLE platform_inbox (
    consumer VARCHAR(200) NOT NULL,
    event_id VARCHAR(36) NOT NULL,
    handled_at_ms BIGINT NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
