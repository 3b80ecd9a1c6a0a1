-- Customers gain search keys, tags and several phones; assets are the devices and vehicles they bring.

-- pinyin: the name's full pinyin, lower case, letters only ("zhangsan"; an English name's letters,
-- "johnsmith"); initials: the first letter of each syllable or word ("zs", "js"). Both are written by
-- the customer service from the name (pinyin-pro). NULL means "not computed yet": customers written
-- before this migration get their keys (and their phone moved to customer_phones) when the store
-- opens (services/customers/backfill.ts). tags is a JSON array of lower-case strings ("vip").
ALTER TABLE customers ADD COLUMN pinyin   TEXT;
ALTER TABLE customers ADD COLUMN initials TEXT;
ALTER TABLE customers ADD COLUMN tags     TEXT NOT NULL DEFAULT '[]';
CREATE INDEX customers_name ON customers (name);
CREATE INDEX customers_pinyin ON customers (pinyin);
CREATE INDEX customers_initials ON customers (initials);
CREATE INDEX customers_unkeyed ON customers (id) WHERE pinyin IS NULL;

-- A customer's phones, normalised (digits, an optional leading +; shared/identifiers.ts). position 0
-- is the main phone, also kept in customers.phone. `reversed` holds the digits back to front so "ends
-- with 8000" (how staff ask) is an index range rather than a scan.
CREATE TABLE customer_phones (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  phone       TEXT    NOT NULL,
  reversed    TEXT    NOT NULL,
  position    INTEGER NOT NULL DEFAULT 0,
  UNIQUE (customer_id, phone)
);
CREATE INDEX customer_phones_customer ON customer_phones (customer_id, position);
CREATE INDEX customer_phones_phone ON customer_phones (phone);
CREATE INDEX customer_phones_reversed ON customer_phones (reversed);

-- Substring search (three characters or more) over the name (lower case), its pinyin and the phones
-- (space separated): a trigram index, so "smith", "xiaoming" or the middle of a phone number are
-- index lookups. rowid = customers.id. Two-character Chinese substrings ("小明" in 王小明) go through
-- customer_name_bigrams, since a trigram index cannot answer them.
CREATE VIRTUAL TABLE customer_search USING fts5 (name, pinyin, phones, tokenize = 'trigram', detail = 'none');

CREATE TABLE customer_name_bigrams (
  gram        TEXT    NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  PRIMARY KEY (gram, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_name_bigrams_customer ON customer_name_bigrams (customer_id);

-- What a customer brings in: a device (IMEI check digit validated) or a vehicle (VIN validated).
-- A removed asset is deactivated (active = 0), never deleted: tickets and appointments point to it.
CREATE TABLE assets (
  id             INTEGER PRIMARY KEY,
  customer_id    INTEGER NOT NULL REFERENCES customers (id),
  kind           TEXT    NOT NULL CHECK (kind IN ('device', 'vehicle')),
  brand          TEXT    NOT NULL DEFAULT '',
  model          TEXT    NOT NULL DEFAULT '',
  serial         TEXT,
  imei           TEXT,
  plate          TEXT,
  vin            TEXT,
  mileage_km     INTEGER CHECK (mileage_km IS NULL OR mileage_km >= 0),
  purchase_date  TEXT,
  proof          TEXT    NOT NULL DEFAULT 'none' CHECK (proof IN ('none', 'invoice', 'receipt', 'warrantyCard', 'other')),
  proof_note     TEXT    NOT NULL DEFAULT '',
  notes          TEXT    NOT NULL DEFAULT '',
  active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at     TEXT    NOT NULL,
  updated_at     TEXT    NOT NULL
);
CREATE INDEX assets_customer ON assets (customer_id);
CREATE INDEX assets_imei ON assets (imei) WHERE imei IS NOT NULL;
CREATE INDEX assets_vin ON assets (vin) WHERE vin IS NOT NULL;
CREATE INDEX assets_plate ON assets (plate) WHERE plate IS NOT NULL;
CREATE INDEX assets_serial ON assets (serial) WHERE serial IS NOT NULL;
