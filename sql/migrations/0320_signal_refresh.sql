-- When the signals of a municipality were last computed, and as of which day (refresh_signals(),
-- sql/views/0300_signals.sql). An import recomputes only the periods its changes can reach; the periods
-- that became complete since the last computation (as of a later day) are among them, which needs the
-- day of the last computation; rules holds a hash of the rules' settings then (changed thresholds
-- recompute everything). Bookkeeping of derived data: no entity reads it.
CREATE TABLE signal_refresh (
  municipality_code text NOT NULL REFERENCES municipality (code) ON DELETE CASCADE,
  as_of date NOT NULL,
  rules text NOT NULL,
  refreshed_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pk_signal_refresh PRIMARY KEY (municipality_code)
);
