-- The dealer quote board (报价板): one quote per bond and trader, replaced when the trader posts again. Yields in per
-- cent to 4 decimals, faces in 万元; a side without a yield is not quoted. A quote is stale by its age (posted_at_ms),
-- which the board works out when read, so nothing has to expire rows.

CREATE TABLE trading_quotes (
    bond_id VARCHAR(40) NOT NULL,
    trader VARCHAR(64) NOT NULL,
    bid_yield_pct ${decimal(10,4)} NULL,
    bid_face_wan ${decimal(20,4)} NULL,
    ask_yield_pct ${decimal(10,4)} NULL,
    ask_face_wan ${decimal(20,4)} NULL,
    -- 200 characters; sized in bytes for a database that counts them (DM8 by default), 3 to a Chinese character in UTF-8.
    remarks VARCHAR(800) NULL,
    posted_at_ms ${bigint} NOT NULL,
    PRIMARY KEY (bond_id, trader)
);
CREATE INDEX ix_trading_quotes_posted ON trading_quotes (posted_at_ms);
