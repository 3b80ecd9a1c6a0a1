-- Customers gain search keys, tags and several phones; assets are the devices and vehicles they bring.

-- pinyin: full pinyin of the name, lower case, no spaces ("zhangsan"); initials: its first letters
-- ("zs"). Both are written by the customer service from the name (pinyin-pro); tags is a JSON array.
ALTER TABLE customers ADD COLUMN pinyin   TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN initials TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN tags     TEXT NOT NULL DEFAULT '[]';
CREATE INDEX customers_name ON customers (name);
CREATE INDEX customers_pinyin ON customers (pinyin);
CREATE INDEX customers_initials ON customers (initials);

-- A customer's phones, normalised (digits, an optional leading +). `reversed` holds the digits back to
-- front so "ends with 8000" (how staff ask) is an index range rather than a scan.
CREATE TABLE customer_phones (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers (id),
  phone       TEXT    NOT NULL,
  reversed    TEXT    NOT NULL,
  position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customer_phones_customer ON customer_phones (customer_id, position);
CREATE INDEX customer_phones_phone ON customer_phones (phone);
CREATE INDEX customer_phones_reversed ON customer_phones (reversed);

-- What a customer brings in: a device (IMEI check digit validated) or a vehicle (VIN validated).
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
