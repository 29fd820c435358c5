-- The inbox reads only workflow_task_audience for "my tasks": each row also carries what the inbox filters on (process
-- key, due time) and how many audience rows its task has (fanout). A task seen through one row only is counted
-- without DISTINCT, which keeps the count of 100,000 open tasks an index range; rows written before this (fanout
-- NULL) are counted the careful way.
ALTER TABLE workflow_task_audience ADD COLUMN fanout INTEGER NULL;
ALTER TABLE workflow_task_audience ADD COLUMN definition_key VARCHAR(100) NULL;
ALTER TABLE workflow_task_audience ADD COLUMN due_at_ms ${bigint} NULL;
CREATE INDEX ix_workflow_task_audience_key ON workflow_task_audience (audience, definition_key, created_at_ms);
CREATE INDEX ix_workflow_task_audience_due ON workflow_task_audience (audience, due_at_ms);
