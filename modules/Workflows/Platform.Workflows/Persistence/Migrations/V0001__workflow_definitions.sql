-- Deployed BPMN definitions: one row per version of a process key, never updated. The primary key is what stops two
-- concurrent deployments of one key from taking the same version.
CREATE TABLE workflow_definitions (
    definition_key VARCHAR(100) NOT NULL,
    definition_version INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    bpmn_xml ${text} NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    deployed_by VARCHAR(100) NOT NULL,
    deployed_at_ms ${bigint} NOT NULL,
    PRIMARY KEY (definition_key, definition_version)
);
