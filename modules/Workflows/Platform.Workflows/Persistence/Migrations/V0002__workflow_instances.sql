-- The read model of running and finished process instances, projected from their actors' journals. The journal is
-- the truth; these rows follow it (each carries the journal sequence number it reflects) and can be rebuilt.

-- One row per instance: the instance list, and next_wake_at_ms for the wake poller (a due timer or service call).
CREATE TABLE workflow_instances (
    instance_id VARCHAR(100) NOT NULL PRIMARY KEY,
    definition_key VARCHAR(100) NOT NULL,
    definition_version INTEGER NOT NULL,
    business_key VARCHAR(200) NULL,
    initiator VARCHAR(100) NOT NULL,
    status VARCHAR(20) NOT NULL,
    started_at_ms ${bigint} NOT NULL,
    updated_at_ms ${bigint} NOT NULL,
    open_tasks INTEGER NOT NULL,
    has_incident INTEGER NOT NULL,
    next_wake_at_ms ${bigint} NULL,
    journal_seq ${bigint} NOT NULL
);
CREATE INDEX ix_workflow_instances_wake ON workflow_instances (next_wake_at_ms);
CREATE INDEX ix_workflow_instances_key ON workflow_instances (definition_key, started_at_ms);
CREATE INDEX ix_workflow_instances_business ON workflow_instances (business_key);
CREATE INDEX ix_workflow_instances_started ON workflow_instances (started_at_ms);

-- Open user tasks (the inbox), one row each.
CREATE TABLE workflow_tasks (
    task_id VARCHAR(150) NOT NULL PRIMARY KEY,
    instance_id VARCHAR(100) NOT NULL,
    element_id VARCHAR(200) NOT NULL,
    name VARCHAR(200) NOT NULL,
    definition_key VARCHAR(100) NOT NULL,
    business_key VARCHAR(200) NULL,
    initiator VARCHAR(100) NOT NULL,
    assignee VARCHAR(100) NULL,
    candidate_roles VARCHAR(1000) NOT NULL,
    candidate_users VARCHAR(1000) NOT NULL,
    created_at_ms ${bigint} NOT NULL,
    due_at_ms ${bigint} NULL
);
CREATE INDEX ix_workflow_tasks_instance ON workflow_tasks (instance_id);
CREATE INDEX ix_workflow_tasks_assignee ON workflow_tasks (assignee, created_at_ms);
CREATE INDEX ix_workflow_tasks_created ON workflow_tasks (created_at_ms);

-- Who sees a task in their inbox: 'u:<user>' for the assignee (or each candidate user of an unassigned task) and
-- 'r:<role>' for each candidate role of an unassigned task. Ordered by creation so that a page is an index range.
CREATE TABLE workflow_task_audience (
    audience VARCHAR(120) NOT NULL,
    created_at_ms ${bigint} NOT NULL,
    task_id VARCHAR(150) NOT NULL,
    instance_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (audience, created_at_ms, task_id)
);
CREATE INDEX ix_workflow_task_audience_instance ON workflow_task_audience (instance_id);

-- Message catch events waiting, for correlating an outside message to its instances.
CREATE TABLE workflow_message_waits (
    instance_id VARCHAR(100) NOT NULL,
    wait_id VARCHAR(150) NOT NULL,
    message_name VARCHAR(200) NOT NULL,
    correlation_key VARCHAR(200) NULL,
    PRIMARY KEY (instance_id, wait_id)
);
CREATE INDEX ix_workflow_message_waits_name ON workflow_message_waits (message_name, correlation_key);

-- The built-in service task workflows.notify: one notice per call, keyed by the call's idempotency key, so that a
-- retried or replayed call never notifies twice.
CREATE TABLE workflow_notifications (
    idempotency_key VARCHAR(150) NOT NULL PRIMARY KEY,
    instance_id VARCHAR(100) NOT NULL,
    recipient VARCHAR(120) NOT NULL,
    message VARCHAR(1000) NOT NULL,
    created_at_ms ${bigint} NOT NULL
);
CREATE INDEX ix_workflow_notifications_recipient ON workflow_notifications (recipient, created_at_ms);

-- How far the reconciler has checked the journal's workflow events against the read model (the journal's tag offset).
CREATE TABLE workflow_projection_checkpoints (
    name VARCHAR(100) NOT NULL PRIMARY KEY,
    journal_offset ${bigint} NOT NULL
);
