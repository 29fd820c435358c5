-- End-of-day position snapshots: each book's positions as valued when the day closed (taken by the end-of-day job, or
-- again by an officer), kept per day for risk, finance and reconciliation. Retaking a day replaces that book's rows of
-- the day. The document is the position as the blotter showed it (cost, P&L by accounting class, DV01).
CREATE TABLE trading_position_snapshots (
    snapshot_date VARCHAR(10) NOT NULL,
    book_id VARCHAR(40) NOT NULL,
    bond_id VARCHAR(40) NOT NULL,
    face_wan ${decimal(20,4)} NOT NULL,
    clean_market_value ${decimal(22,2)} NULL,
    dv01 ${decimal(22,2)} NULL,
    document ${text} NOT NULL,
    taken_at_ms ${bigint} NOT NULL,
    taken_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (snapshot_date, book_id, bond_id)
);
CREATE INDEX ix_trading_position_snapshots_book ON trading_position_snapshots (book_id, snapshot_date);

-- The days each book was snapshotted, with or without positions: the end-of-day job's record of what it has done.
CREATE TABLE trading_snapshot_days (
    snapshot_date VARCHAR(10) NOT NULL,
    book_id VARCHAR(40) NOT NULL,
    positions ${bigint} NOT NULL,
    taken_at_ms ${bigint} NOT NULL,
    taken_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (snapshot_date, book_id)
);
