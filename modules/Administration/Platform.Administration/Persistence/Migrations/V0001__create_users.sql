-- Local users. Roles are a comma-separated list of PlatformRoles names (a fixed, small set).
CREATE TABLE administration_users (
    user_name VARCHAR(64) NOT NULL PRIMARY KEY,
    normalized_name VARCHAR(64) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    roles VARCHAR(400) NOT NULL,
    is_active INTEGER NOT NULL,
    failed_count INTEGER NOT NULL,
    locked_until_ms BIGINT NULL,
    created_at_ms BIGINT NOT NULL
);
CREATE UNIQUE INDEX ux_administration_users_normalized ON administration_users (normalized_name);
