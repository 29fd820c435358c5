-- The credit check adds up the face outstanding with a counterparty (trades not yet settled) for every order, through a
-- cache refreshed each second per counterparty. With face_wan in the index that sum reads index pages only; without
-- it, it read one table page per trade of the counterparty, which under load was the largest share of SQLite's reads.
CREATE INDEX ix_trading_trades_exposure ON trading_trades (counterparty_id, settlement_date, face_wan);
DROP INDEX ix_trading_trades_counterparty;
