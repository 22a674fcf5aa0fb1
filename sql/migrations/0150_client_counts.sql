-- Clients per domain, and per provider within a domain, per year (issue 18, "per 1,000 clients"):
-- reference data a municipality loads through the ETL's `client_count` target like any export
-- (etl/README.md). A row without a provider is the municipality's number of clients in that domain.
-- Rates per 1,000 clients divide complaints of a year by these counts (docs/indicators/clients.md).
CREATE TABLE client_count (
  id serial PRIMARY KEY,
  municipality_code text NOT NULL REFERENCES municipality (code),
  domain_code text NOT NULL REFERENCES domain (code),
  -- NULL: every client of the domain in the municipality.
  organisation_id integer REFERENCES organisation (id),
  year integer NOT NULL,
  clients integer NOT NULL,
  import_id bigint REFERENCES import (id),
  CONSTRAINT chk_client_count_clients CHECK (clients >= 0),
  CONSTRAINT chk_client_count_year CHECK (year BETWEEN 2000 AND 2100)
);
CREATE UNIQUE INDEX uq_client_count
  ON client_count (municipality_code, domain_code, coalesce(organisation_id, 0), year);
CREATE INDEX idx_client_count_organisation ON client_count (organisation_id);
