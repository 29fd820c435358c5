-- Derivatives captured for central clearing (CNY swaps, standard bond forwards), one row per booked derivative as the
-- book's entity journaled it: the columns the blotter filters and shows, the full terms in document (JSON).
CREATE TABLE trading_derivatives (
    trade_id VARCHAR(60) NOT NULL PRIMARY KEY,
    book_id VARCHAR(40) NOT NULL,
    sequence ${bigint} NOT NULL,
    kind VARCHAR(20) NOT NULL,
    instrument VARCHAR(40) NOT NULL,
    direction VARCHAR(10) NOT NULL,
    notional_wan ${decimal(20,4)} NOT NULL,
    rate_or_price ${decimal(20,8)} NOT NULL,
    trade_date VARCHAR(10) NOT NULL,
    maturity_date VARCHAR(10) NOT NULL,
    trader VARCHAR(64) NOT NULL,
    counterparty_id VARCHAR(40) NOT NULL,
    cfets_deal_number VARCHAR(40) NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    document ${text} NOT NULL,
    booked_at_ms ${bigint} NOT NULL
);
CREATE INDEX ix_trading_derivatives_book_date ON trading_derivatives (book_id, trade_date, sequence);
CREATE UNIQUE INDEX ux_trading_derivatives_key ON trading_derivatives (book_id, idempotency_key);
