-- The read model of the books, projected from their entities' journals before a command is answered: tickets with
-- their approval state, booked trades, and the face each book holds per bond. The journal is the truth; every row can
-- be written again from it without a change (trades by id, positions from the entity's own figures).

CREATE TABLE trading_tickets (
    ticket_id VARCHAR(40) NOT NULL PRIMARY KEY,
    book_id VARCHAR(40) NOT NULL,
    trader VARCHAR(64) NOT NULL,
    bond_id VARCHAR(40) NOT NULL,
    direction VARCHAR(4) NOT NULL,
    face_wan ${decimal(20,4)} NOT NULL,
    clean_price ${double} NOT NULL,
    yield ${double} NOT NULL,
    settlement_amount ${decimal(22,2)} NOT NULL,
    trade_date VARCHAR(10) NOT NULL,
    counterparty_id VARCHAR(40) NOT NULL,
    status VARCHAR(20) NOT NULL,
    reason VARCHAR(500) NULL,
    workflow_instance_id VARCHAR(100) NULL,
    trade_id VARCHAR(60) NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    document ${text} NOT NULL,
    created_at_ms ${bigint} NOT NULL,
    updated_at_ms ${bigint} NOT NULL
);
CREATE INDEX ix_trading_tickets_trader ON trading_tickets (trader, created_at_ms);
CREATE INDEX ix_trading_tickets_status ON trading_tickets (status, created_at_ms);
CREATE UNIQUE INDEX ux_trading_tickets_key ON trading_tickets (book_id, idempotency_key);

CREATE TABLE trading_trades (
    trade_id VARCHAR(60) NOT NULL PRIMARY KEY,
    book_id VARCHAR(40) NOT NULL,
    sequence ${bigint} NOT NULL,
    ticket_id VARCHAR(40) NULL,
    trader VARCHAR(64) NOT NULL,
    bond_id VARCHAR(40) NOT NULL,
    direction VARCHAR(4) NOT NULL,
    face_wan ${decimal(20,4)} NOT NULL,
    clean_price ${double} NOT NULL,
    full_price ${double} NOT NULL,
    yield ${double} NOT NULL,
    settlement_amount ${decimal(22,2)} NOT NULL,
    trade_date VARCHAR(10) NOT NULL,
    settlement_date VARCHAR(10) NOT NULL,
    counterparty_id VARCHAR(40) NOT NULL,
    cfets_deal_number VARCHAR(40) NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    document ${text} NOT NULL,
    booked_at_ms ${bigint} NOT NULL
);
CREATE INDEX ix_trading_trades_book_date ON trading_trades (book_id, trade_date, sequence);
CREATE INDEX ix_trading_trades_booked ON trading_trades (booked_at_ms);
CREATE INDEX ix_trading_trades_counterparty ON trading_trades (counterparty_id, settlement_date);
CREATE UNIQUE INDEX ux_trading_trades_key ON trading_trades (book_id, idempotency_key);

-- The face each book holds per bond (万元, negative when short) and has promised to sell in open tickets, as the book's
-- entity had it after the event at journal_seq.
CREATE TABLE trading_positions (
    book_id VARCHAR(40) NOT NULL,
    bond_id VARCHAR(40) NOT NULL,
    face_wan ${decimal(20,4)} NOT NULL,
    reserved_wan ${decimal(20,4)} NOT NULL,
    journal_seq ${bigint} NOT NULL,
    updated_at_ms ${bigint} NOT NULL,
    PRIMARY KEY (book_id, bond_id)
);
