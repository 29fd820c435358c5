-- Reference data of the front office: issuers, bonds with their codes on each market, counterparties with their
-- traders, the book hierarchy with traders' authority, and daily valuations (中债估值-style). Face amounts and terms
-- are decimals (face in 万元, issue size in 亿元); valuations are analytics values (doubles), rounded as published.

CREATE TABLE trading_issuers (
    issuer_id VARCHAR(40) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    short_name VARCHAR(100) NOT NULL,
    credit_code VARCHAR(18) NULL,
    issuer_kind VARCHAR(30) NOT NULL,
    sector VARCHAR(60) NOT NULL,
    rating VARCHAR(10) NULL,
    rating_agency VARCHAR(60) NULL,
    updated_at_ms ${bigint} NOT NULL
);

CREATE TABLE trading_bonds (
    bond_id VARCHAR(40) NOT NULL PRIMARY KEY,
    short_name VARCHAR(100) NOT NULL,
    full_name VARCHAR(300) NOT NULL,
    bond_type VARCHAR(30) NOT NULL,
    issuer_id VARCHAR(40) NOT NULL,
    coupon_type VARCHAR(20) NOT NULL,
    coupon_rate ${decimal(12,8)} NULL,
    frequency INTEGER NOT NULL,
    day_count VARCHAR(20) NOT NULL,
    issue_date VARCHAR(10) NOT NULL,
    maturity_date VARCHAR(10) NOT NULL,
    issue_size_yi ${decimal(18,4)} NOT NULL,
    min_face_wan ${decimal(18,4)} NOT NULL,
    external_rating VARCHAR(10) NULL,
    rating_agency VARCHAR(60) NULL,
    implied_rating VARCHAR(10) NULL,
    option_kind VARCHAR(10) NULL,
    option_date VARCHAR(10) NULL,
    option_price ${decimal(12,6)} NULL,
    isin VARCHAR(12) NULL,
    updated_at_ms ${bigint} NOT NULL
);
CREATE INDEX ix_trading_bonds_type ON trading_bonds (bond_type, bond_id);
CREATE INDEX ix_trading_bonds_issuer ON trading_bonds (issuer_id);

-- One security, many codes: the same bond on CFETS (inter-bank), SSE and SZSE.
CREATE TABLE trading_bond_codes (
    market VARCHAR(10) NOT NULL,
    code VARCHAR(20) NOT NULL,
    bond_id VARCHAR(40) NOT NULL,
    PRIMARY KEY (market, code)
);
CREATE INDEX ix_trading_bond_codes_bond ON trading_bond_codes (bond_id);

CREATE TABLE trading_counterparties (
    counterparty_id VARCHAR(40) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    short_name VARCHAR(100) NOT NULL,
    cfets_member_code VARCHAR(20) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    whitelist_status VARCHAR(20) NOT NULL,
    credit_line_wan ${decimal(20,4)} NOT NULL,
    related_party INTEGER NOT NULL,
    updated_at_ms ${bigint} NOT NULL
);
CREATE UNIQUE INDEX ux_trading_counterparties_cfets ON trading_counterparties (cfets_member_code);

CREATE TABLE trading_counterparty_traders (
    counterparty_id VARCHAR(40) NOT NULL,
    trader_name VARCHAR(60) NOT NULL,
    cfets_trader_id VARCHAR(40) NOT NULL,
    PRIMARY KEY (counterparty_id, trader_name)
);

-- The book hierarchy: firm → department → desk → book. Only books carry an accounting classification.
CREATE TABLE trading_book_nodes (
    node_id VARCHAR(40) NOT NULL PRIMARY KEY,
    parent_id VARCHAR(40) NULL,
    node_level VARCHAR(20) NOT NULL,
    name VARCHAR(100) NOT NULL,
    accounting_class VARCHAR(10) NULL,
    allow_short INTEGER NOT NULL,
    updated_at_ms ${bigint} NOT NULL
);

-- Who may trade in a book, and the largest face (万元) one ticket of theirs may carry.
CREATE TABLE trading_book_traders (
    book_id VARCHAR(40) NOT NULL,
    user_name VARCHAR(64) NOT NULL,
    max_face_per_ticket_wan ${decimal(20,4)} NOT NULL,
    PRIMARY KEY (book_id, user_name)
);

-- Daily valuations per bond: clean price and yield (and what follows from them) as of the close of value_date.
CREATE TABLE trading_valuations (
    bond_id VARCHAR(40) NOT NULL,
    value_date VARCHAR(10) NOT NULL,
    clean_price ${double} NOT NULL,
    dirty_price ${double} NOT NULL,
    accrued ${double} NOT NULL,
    yield_pct ${double} NOT NULL,
    modified_duration ${double} NOT NULL,
    source VARCHAR(20) NOT NULL,
    PRIMARY KEY (bond_id, value_date)
);
CREATE INDEX ix_trading_valuations_date ON trading_valuations (value_date);
