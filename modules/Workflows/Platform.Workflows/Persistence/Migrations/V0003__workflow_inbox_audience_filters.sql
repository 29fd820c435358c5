-- The inbox reads only workflow_task_audience for "my tasks": each row also carries what the inbox filters on (process
-- key, due time) and how many audience rows its task has (fanout). A task seen through one row only is counted
-- without DISTINCT, so counting 100,000 open tasks is one range of the (audience, fanout) index.
ALTER TABLE workflow_task_audience ADD COLUMN fanout INTEGER NULL;
ALTER TABLE workflow_task_audience ADD COLUMN definition_key VARCHAR(100) NULL;
ALTER TABLE workflow_task_audience ADD COLUMN due_at_ms ${bigint} NULL;
UPDATE workflow_task_audience SET
    fanout = (SELECT COUNT(*) FROM workflow_task_audience b WHERE b.task_id = workflow_task_audience.task_id),
    definition_key = (SELECT t.definition_key FROM workflow_tasks t WHERE t.task_id = workflow_task_audience.task_id),
    due_at_ms = (SELECT t.due_at_ms FROM workflow_tasks t WHERE t.task_id = workflow_task_audience.task_id);
CREATE INDEX ix_workflow_task_audience_fanout ON workflow_task_audience (audience, fanout, task_id);
CREATE INDEX ix_workflow_task_audience_key ON workflow_task_audience (audience, definition_key, created_at_ms);
CREATE INDEX ix_workflow_task_audience_due ON workflow_task_audience (audience, due_at_ms);
