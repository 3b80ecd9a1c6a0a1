-- A service or a counter needs its name in one language only: the other may be empty, and every place
-- that shows a name falls back to the language that has one (shared/names.ts). Two active counters may
-- both lack an English (or a Chinese) name, so a name must be unique among active counters only where
-- it is there; and a row with neither name is refused by the store itself.
DROP INDEX counters_active_name_zh;
DROP INDEX counters_active_name_en;
CREATE UNIQUE INDEX counters_active_name_zh ON counters (name_zh) WHERE active = 1 AND name_zh <> '';
CREATE UNIQUE INDEX counters_active_name_en ON counters (name_en) WHERE active = 1 AND name_en <> '';

CREATE TRIGGER services_need_a_name_insert BEFORE INSERT ON services
  WHEN NEW.name_zh = '' AND NEW.name_en = ''
  BEGIN SELECT RAISE(ABORT, 'a service needs a name in at least one language'); END;
CREATE TRIGGER services_need_a_name_update BEFORE UPDATE OF name_zh, name_en ON services
  WHEN NEW.name_zh = '' AND NEW.name_en = ''
  BEGIN SELECT RAISE(ABORT, 'a service needs a name in at least one language'); END;
CREATE TRIGGER counters_need_a_name_insert BEFORE INSERT ON counters
  WHEN NEW.name_zh = '' AND NEW.name_en = ''
  BEGIN SELECT RAISE(ABORT, 'a counter needs a name in at least one language'); END;
CREATE TRIGGER counters_need_a_name_update BEFORE UPDATE OF name_zh, name_en ON counters
  WHEN NEW.name_zh = '' AND NEW.name_en = ''
  BEGIN SELECT RAISE(ABORT, 'a counter needs a name in at least one language'); END;
