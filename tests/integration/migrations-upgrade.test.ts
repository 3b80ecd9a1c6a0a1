import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.ts';
import { openCore } from '../../electron/core/open-core.ts';
import { loadMigrations } from '../../electron/core/store/migrate.ts';
import { DEFAULT_MIGRATIONS_DIR } from '../../electron/core/store/open.ts';
import { makeTempDir, removeTempDirs } from '../support/core.ts';

/**
 * A store left at any earlier version, with data in it, opens through the real path and comes out
 * at the newest version with its data intact: each old store is built by applying migrations 1..N to
 * a file and inserting rows with plain SQL as that version's tables had them.
 */

const MIGRATIONS = loadMigrations(DEFAULT_MIGRATIONS_DIR);
const NEWEST = MIGRATIONS.length;
const AT = '2026-03-02T01:00:00.000Z';

/** Rows each version adds, in that version's own columns. */
const SEEDS: Record<number, (db: Database.Database) => void> = {
  1: (db) => {
    db.prepare(
      `INSERT INTO store_profile (id, name, address, phone, currency, tax_mode, tax_rate_bp, locale, time_zone, created_at, updated_at)
       VALUES (1, '华强维修中心', '深南大道 1 号', '0755 5555 0000', 'CNY', 'inclusive', 600, 'zh-CN', 'Asia/Shanghai', ?, ?)`,
    ).run(AT, AT);
    db.prepare("INSERT INTO settings (key, value) VALUES ('lockoutMinutes', '20')").run();
    db.prepare("INSERT INTO staff (id, name, role, pin_hash, created_at, updated_at) VALUES (1, 'Ada Admin', 'admin', 'x', ?, ?)").run(
      AT,
      AT,
    );
    db.prepare(
      "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, after_json, origin) VALUES (?, 1, 'staff.create', 'staff', '1', '{\"name\":\"Ada Admin\"}', 'test')",
    ).run(AT);
    db.prepare("INSERT INTO customers (id, name, phone, notes, created_at, updated_at) VALUES (1, '张三', '13800001111', 'old', ?, ?)").run(
      AT,
      AT,
    );
  },
  2: (db) => {
    db.prepare(
      `INSERT INTO printers (id, name, connection, host, port, language, paper, created_at, updated_at)
       VALUES (1, 'Slips', 'network', '127.0.0.1', 9100, 'escpos', '80mm', ?, ?)`,
    ).run(AT, AT);
    db.prepare("INSERT INTO print_routes (kind, printer_id, paper, copies, updated_at) VALUES ('queueSlip', 1, '80mm', 1, ?)").run(AT);
    db.prepare(
      `INSERT INTO print_jobs (id, kind, title, printer_id, paper, copies, document_json, payload_type, payload, status, created_by, created_at, updated_at)
       VALUES (1, 'testPage', 'Test page', 1, '80mm', 1, '{}', 'escpos', x'1b40', 'done', 1, ?, ?)`,
    ).run(AT, AT);
  },
  3: (db) => {
    db.prepare(
      "INSERT INTO customers (id, name, phone, notes, pinyin, initials, tags, created_at, updated_at) VALUES (2, '李四', '13900002222', '', NULL, NULL, '[\"VIP\"]', ?, ?)",
    ).run(AT, AT);
    db.prepare("INSERT INTO customer_phones (customer_id, phone, reversed, position) VALUES (2, '13900002222', '22220000931', 0)").run();
    db.prepare(
      "INSERT INTO assets (id, customer_id, kind, brand, model, imei, created_at, updated_at) VALUES (1, 2, 'device', 'Apple', 'iPhone 15', '356938035643809', ?, ?)",
    ).run(AT, AT);
  },
  4: (db) => {
    db.prepare(
      "INSERT INTO services (id, prefix, name_zh, name_en, typical_minutes, created_at, updated_at) VALUES (1, 'A', '维修受理', 'Repair intake', 10, ?, ?)",
    ).run(AT, AT);
    db.prepare(
      "INSERT INTO counters (id, name_zh, name_en, kind, created_at, updated_at) VALUES (1, '1号窗口', 'Counter 1', 'window', ?, ?)",
    ).run(AT, AT);
    db.prepare('INSERT INTO counter_services (counter_id, service_id) VALUES (1, 1)').run();
    db.prepare("INSERT INTO ticket_sequences (business_day, prefix, last_number) VALUES ('2026-03-02', 'A', 2)").run();
    const ticket = db.prepare(
      `INSERT INTO tickets (id, business_day, prefix, number, service_id, original_service_id, customer_id, source, priority, status,
         counter_id, issued_at, queued_at, called_at, issued_by)
       VALUES (?, '2026-03-02', 'A', ?, 1, 1, ?, 'walkin', ?, ?, ?, ?, ?, ?, 1)`,
    );
    ticket.run(1, 1, 2, 1, 'called', 1, AT, AT, AT);
    ticket.run(2, 2, null, 0, 'waiting', null, AT, AT, null);
    const event = db.prepare(
      'INSERT INTO ticket_events (ticket_id, at, action, counter_id, staff_id, detail_json, origin) VALUES (?, ?, ?, ?, 1, ?, ?)',
    );
    event.run(1, AT, 'issue', null, '{"priority":true,"vip":true}', 'http 10.0.0.2');
    event.run(2, AT, 'issue', null, null, 'ipc');
    event.run(1, AT, 'call', 1, null, 'ipc');
  },
  5: (db) => {
    db.prepare('UPDATE services SET slot_minutes = 30, slot_capacity = 2 WHERE id = 1').run();
    db.prepare(
      `INSERT INTO tickets (id, business_day, prefix, number, service_id, original_service_id, customer_id, source, status, issued_at, queued_at,
         window_start, window_end, issued_by)
       VALUES (3, '2026-03-02', 'A', 3, 1, 1, 1, 'appointment', 'waiting', ?, ?, ?, ?, 1)`,
    ).run(AT, AT, '2026-03-02T01:45:00.000Z', '2026-03-02T02:15:00.000Z');
    db.prepare(
      "INSERT INTO ticket_events (ticket_id, at, action, staff_id, detail_json, origin) VALUES (3, ?, 'checkIn', 1, '{\"appointmentId\":1}', 'test')",
    ).run(AT);
    db.prepare(
      `INSERT INTO appointments (id, customer_id, service_id, business_day, starts_at, ends_at, status, checked_in_at, ticket_id, created_by, created_at, updated_at)
       VALUES (1, 1, 1, '2026-03-02', '2026-03-02T02:00:00.000Z', '2026-03-02T02:30:00.000Z', 'checkedIn', ?, 3, 1, ?, ?)`,
    ).run(AT, AT, AT);
    db.prepare(
      `INSERT INTO appointments (id, customer_id, asset_id, service_id, business_day, starts_at, ends_at, status, created_by, created_at, updated_at)
       VALUES (2, 2, 1, 1, '2026-03-03', '2026-03-03T02:00:00.000Z', '2026-03-03T02:30:00.000Z', 'booked', 1, ?, ?)`,
    ).run(AT, AT);
  },
  6: (db) => {
    db.prepare(
      "INSERT INTO devices (id, name, kind, token_hash, paired_by, paired_at) VALUES (1, 'Lobby TV', 'display', 'hash', 1, ?)",
    ).run(AT);
    db.prepare(
      "INSERT INTO pairing_codes (code_hash, kind, created_by, created_at, expires_at, used_at, device_id) VALUES ('c', 'display', 1, ?, ?, ?, 1)",
    ).run(AT, AT, AT);
  },
  7: (db) => {
    db.prepare(
      "INSERT INTO assets (id, customer_id, kind, brand, model, plate, created_at, updated_at) VALUES (2, 2, 'vehicle', 'BYD', 'Han', '粤B54321', ?, ?)",
    ).run(AT, AT);
  },
  8: (db) => {
    db.prepare(
      "INSERT INTO counters (id, name_zh, name_en, kind, open_staff_id, opened_at, created_at, updated_at) VALUES (2, '2号窗口', 'Counter 2', 'desk', 1, ?, ?, ?)",
    ).run(AT, AT, AT);
    db.prepare("INSERT INTO sessions (token_hash, staff_id, origin, created_at, expires_at) VALUES ('s8', 1, 'ipc', ?, ?)").run(AT, AT);
    db.prepare("INSERT INTO settings (key, value) VALUES ('autoLockMinutes', '0')").run();
  },
  9: (db) => {
    db.prepare(
      "INSERT INTO counters (id, name_zh, name_en, kind, opened_at, break_started_at, created_at, updated_at) VALUES (3, '6号窗口', 'Counter 6', 'window', ?, ?, ?, ?)",
    ).run(AT, AT, AT, AT);
  },
  10: (db) => {
    db.prepare("INSERT INTO counters (id, name_zh, name_en, kind, created_at, updated_at) VALUES (7, '7号窗口', '', 'window', ?, ?)").run(
      AT,
      AT,
    );
  },
  11: (db) => {
    db.prepare(
      "INSERT INTO sessions (token_hash, staff_id, origin, created_at, expires_at, last_active_at, locked_at) VALUES ('s11', 1, 'ipc', ?, ?, ?, ?)",
    ).run(AT, AT, AT, AT);
  },
  12: (db) => {
    db.prepare("INSERT INTO print_routes (kind, printer_id, paper, copies, updated_at) VALUES ('jobTicket', 1, 'A5', 2, ?)").run(AT);
  },
  13: (db) => {
    db.prepare("INSERT INTO print_routes (kind, printer_id, paper, copies, updated_at) VALUES ('receipt', 1, '80mm', 1, ?)").run(AT);
  },
  14: (db) => {
    db.prepare(
      `INSERT INTO bills (id, kind, currency, tax_mode, tax_rate_bp, cash_rounding, gross_minor, line_discount_minor, bill_discount_minor,
                          tax_minor, total_minor, due_minor, status, created_at, created_by, closed_at)
       VALUES (1, 'sale', 'CNY', 'inclusive', 600, 0, 8900, 0, 0, 504, 8900, 8900, 'settled', ?, 1, ?)`,
    ).run(AT, AT);
  },
  15: (db) => {
    db.prepare(
      "INSERT INTO chain_checks (id, at, trigger, ok, checked, grand_total_minor, problem) VALUES (1, ?, 'startup', 0, 2, 100, '{\"seq\":3}')",
    ).run(AT);
  },
  16: (db) => {
    db.prepare("INSERT INTO reminders (id, kind, room, due_at, next_at, created_at) VALUES (1, 'wakeUp', '302', ?, ?, ?)").run(AT, AT, AT);
  },
};

/** A store file at `version`: migrations 1..version applied, each version's rows inserted after its migration. */
function oldStore(version: number): string {
  const dataDir = makeTempDir('frontdesk-upgrade-');
  const db = new Database(path.join(dataDir, 'frontdesk.sqlite'));
  db.pragma('foreign_keys = ON');
  for (const m of MIGRATIONS.slice(0, version)) {
    db.exec(m.sql);
    SEEDS[m.version]?.(db);
  }
  db.pragma(`user_version = ${version}`);
  db.close();
  return dataDir;
}

const opened: Core[] = [];
afterEach(() => {
  for (const core of opened.splice(0)) core.close();
  removeTempDirs();
});

const rows = (db: Database.Database, sql: string) => db.prepare(sql).all();

describe('upgrading a store from every earlier version', () => {
  it('has seeds for every earlier version', () => {
    for (let v = 1; v < NEWEST; v++) expect(SEEDS[v], `no rows for version ${v}`).toBeDefined();
  });

  for (let version = 1; version < NEWEST; version++) {
    it(`opens a store at version ${version} with its data intact at version ${NEWEST}`, () => {
      const core = openCore({ dataDir: oldStore(version) });
      opened.push(core);
      const { db } = core;

      expect(core.schemaVersion).toBe(NEWEST);
      expect(db.pragma('user_version', { simple: true })).toBe(NEWEST);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);

      expect(rows(db, 'SELECT name, locale, time_zone, tax_rate_bp FROM store_profile')).toEqual([
        { name: '华强维修中心', locale: 'zh-CN', time_zone: 'Asia/Shanghai', tax_rate_bp: 600 },
      ]);
      expect(rows(db, 'SELECT key, value FROM settings')).toEqual([{ key: 'lockoutMinutes', value: '20' }]);
      expect(rows(db, 'SELECT id, name, role FROM staff')).toEqual([{ id: 1, name: 'Ada Admin', role: 'admin' }]);
      expect(rows(db, 'SELECT action, entity_id, after_json FROM audit_log')).toEqual([
        { action: 'staff.create', entity_id: '1', after_json: '{"name":"Ada Admin"}' },
      ]);
      // The customer of version 1 gets the search keys later versions keep (the real open path backfills them).
      expect(rows(db, 'SELECT name, phone, notes, tags FROM customers WHERE id = 1')).toEqual([
        { name: '张三', phone: '13800001111', notes: 'old', tags: '[]' },
      ]);
      expect(db.prepare('SELECT count(*) AS n FROM customers WHERE pinyin IS NULL').get()).toEqual({ n: 0 });

      if (version >= 2) {
        expect(rows(db, 'SELECT name, host, port FROM printers')).toEqual([{ name: 'Slips', host: '127.0.0.1', port: 9100 }]);
        expect(rows(db, "SELECT kind, printer_id FROM print_routes WHERE kind = 'queueSlip'")).toEqual([
          { kind: 'queueSlip', printer_id: 1 },
        ]);
        expect(rows(db, 'SELECT title, status, hex(payload) AS payload FROM print_jobs')).toEqual([
          { title: 'Test page', status: 'done', payload: '1B40' },
        ]);
      }
      if (version >= 3) {
        expect(rows(db, 'SELECT name, tags FROM customers WHERE id = 2')).toEqual([{ name: '李四', tags: '["VIP"]' }]);
        expect(rows(db, 'SELECT customer_id, phone FROM customer_phones WHERE customer_id = 2')).toEqual([
          { customer_id: 2, phone: '13900002222' },
        ]);
        expect(rows(db, 'SELECT brand, model, imei FROM assets WHERE id = 1')).toEqual([
          { brand: 'Apple', model: 'iPhone 15', imei: '356938035643809' },
        ]);
      }
      if (version >= 4) {
        // 007 moved each ticket's issue event onto the ticket: origin and details, and left only what came after.
        expect(
          rows(db, 'SELECT id, number, status, priority, issue_origin, issue_detail_json FROM tickets WHERE id IN (1, 2) ORDER BY id'),
        ).toEqual([
          {
            id: 1,
            number: 1,
            status: 'called',
            priority: 1,
            issue_origin: 'http 10.0.0.2',
            issue_detail_json: '{"priority":true,"vip":true}',
          },
          { id: 2, number: 2, status: 'waiting', priority: 0, issue_origin: 'ipc', issue_detail_json: null },
        ]);
        expect(rows(db, "SELECT name FROM sqlite_schema WHERE name = 'ticket_sequences'")).toEqual([]);
        expect(rows(db, 'SELECT counter_id, service_id FROM counter_services')).toEqual([{ counter_id: 1, service_id: 1 }]);
      }
      if (version === 4) expect(rows(db, 'SELECT ticket_id, action FROM ticket_events')).toEqual([{ ticket_id: 1, action: 'call' }]);
      if (version >= 5) {
        expect(rows(db, 'SELECT ticket_id, action FROM ticket_events ORDER BY id')).toEqual([{ ticket_id: 1, action: 'call' }]);
        expect(rows(db, 'SELECT issue_origin, issue_detail_json, window_start FROM tickets WHERE id = 3')).toEqual([
          { issue_origin: 'test', issue_detail_json: '{"appointmentId":1}', window_start: '2026-03-02T01:45:00.000Z' },
        ]);
        expect(rows(db, 'SELECT id, status, ticket_id, asset_id FROM appointments ORDER BY id')).toEqual([
          { id: 1, status: 'checkedIn', ticket_id: 3, asset_id: null },
          { id: 2, status: 'booked', ticket_id: null, asset_id: 1 },
        ]);
        expect(rows(db, 'SELECT slot_minutes, slot_capacity FROM services')).toEqual([{ slot_minutes: 30, slot_capacity: 2 }]);
      }
      // 008 indexes the IMEI's last four digits and the plate after its province character.
      expect(rows(db, "SELECT name FROM sqlite_schema WHERE name IN ('assets_imei_tail', 'assets_plate_tail') ORDER BY name")).toEqual([
        { name: 'assets_imei_tail' },
        { name: 'assets_plate_tail' },
      ]);
      if (version >= 7)
        expect(rows(db, "SELECT id FROM assets WHERE substr(plate, 2) = 'B54321' AND plate IS NOT NULL")).toEqual([{ id: 2 }]);
      // 009 lets a counter go on break: every counter that existed before is working.
      if (version < 9) expect(rows(db, 'SELECT count(*) AS n FROM counters WHERE break_started_at IS NOT NULL')).toEqual([{ n: 0 }]);
      else
        expect(rows(db, 'SELECT id, break_started_at FROM counters WHERE break_started_at IS NOT NULL')).toEqual([
          { id: 3, break_started_at: AT },
        ]);
      if (version >= 8)
        expect(rows(db, 'SELECT name_en, open_staff_id, opened_at, break_started_at FROM counters WHERE id = 2')).toEqual([
          { name_en: 'Counter 2', open_staff_id: 1, opened_at: AT, break_started_at: null },
        ]);
      if (version >= 4) {
        // 010: a name in one language is enough. Empty names clash with nothing; a name that is there is
        // still unique among active counters; a service or counter with neither name is refused.
        const counter = db.prepare("INSERT INTO counters (name_zh, name_en, kind, created_at, updated_at) VALUES (?, ?, 'window', ?, ?)");
        counter.run('3号窗口', '', AT, AT);
        counter.run('', 'Counter 4', AT, AT);
        counter.run('5号窗口', '', AT, AT);
        expect(() => counter.run('1号窗口', '', AT, AT)).toThrow(/UNIQUE/);
        expect(() => counter.run('', '', AT, AT)).toThrow('a counter needs a name in at least one language');
        expect(() => db.prepare("UPDATE counters SET name_en = '' WHERE name_en = 'Counter 4'").run()).toThrow(/needs a name/);
        expect(() => db.prepare("UPDATE services SET name_zh = '', name_en = '' WHERE id = 1").run()).toThrow(
          'a service needs a name in at least one language',
        );
        db.prepare("UPDATE services SET name_en = '' WHERE id = 1").run();
        expect(rows(db, 'SELECT name_zh, name_en FROM services')).toEqual([{ name_zh: '维修受理', name_en: '' }]);
      }
      if (version >= 8)
        expect(rows(db, 'SELECT id, name_zh, name_en, kind FROM counters WHERE id <= 2 ORDER BY id')).toEqual([
          { id: 1, name_zh: '1号窗口', name_en: 'Counter 1', kind: 'window' },
          { id: 2, name_zh: '2号窗口', name_en: 'Counter 2', kind: 'desk' },
        ]);
      if (version >= 10)
        expect(rows(db, 'SELECT name_zh, name_en FROM counters WHERE id = 7')).toEqual([{ name_zh: '7号窗口', name_en: '' }]);
      if (version >= 8) {
        // 011: a session's last activity starts at its sign-in; "never lock" (0) gives way to the default idle lock.
        expect(rows(db, "SELECT last_active_at, locked_at FROM sessions WHERE token_hash = 's8'")).toEqual([
          { last_active_at: AT, locked_at: null },
        ]);
      }
      if (version >= 11) expect(rows(db, "SELECT locked_at FROM sessions WHERE token_hash = 's11'")).toEqual([{ locked_at: AT }]);
      // 013: the routes are copied over unchanged, and a delivery note can be routed.
      if (version >= 12)
        expect(rows(db, "SELECT printer_id, paper, copies FROM print_routes WHERE kind = 'jobTicket'")).toEqual([
          { printer_id: 1, paper: 'A5', copies: 2 },
        ]);
      db.prepare("INSERT INTO print_routes (kind, printer_id, paper, copies, updated_at) VALUES ('deliveryNote', NULL, '80mm', 1, ?)").run(
        AT,
      );
      if (version >= 13)
        expect(rows(db, "SELECT printer_id, paper FROM print_routes WHERE kind = 'receipt'")).toEqual([{ printer_id: 1, paper: '80mm' }]);
      // 014: the money tables start empty, with no receipt number taken and no link in the chain.
      expect(
        rows(
          db,
          'SELECT (SELECT count(*) FROM payments) + (SELECT count(*) FROM receipt_numbers) + (SELECT count(*) FROM money_chain_head) AS n',
        ),
      ).toEqual([{ n: 0 }]);
      // 017: a settled bill, not voided, may now be voided (never reopened, its money never changed).
      if (version < 14) expect(rows(db, 'SELECT count(*) AS n FROM bills')).toEqual([{ n: 0 }]);
      else {
        expect(rows(db, 'SELECT status, voided_at, closed_at FROM bills')).toEqual([{ status: 'settled', voided_at: null, closed_at: AT }]);
        expect(() => db.prepare("UPDATE bills SET status = 'open', closed_at = NULL WHERE id = 1").run()).toThrow(/never changed/);
        db.prepare("UPDATE bills SET status = 'voided', voided_at = ?, voided_by = 1, void_reason = 'returned' WHERE id = 1").run(AT);
        expect(rows(db, 'SELECT status, closed_at FROM bills')).toEqual([{ status: 'voided', closed_at: AT }]);
      }
      // 015: the money chain's checks are kept as found; 016: a reminder keeps its time.
      if (version >= 15)
        expect(rows(db, 'SELECT ok, checked, problem FROM chain_checks')).toEqual([{ ok: 0, checked: 2, problem: '{"seq":3}' }]);
      if (version >= 16)
        expect(rows(db, 'SELECT kind, room, next_at, status FROM reminders')).toEqual([
          { kind: 'wakeUp', room: '302', next_at: AT, status: 'pending' },
        ]);
      // 012: the jobs tables start empty, and the first job of a year will be number 1.
      expect(rows(db, 'SELECT (SELECT count(*) FROM jobs) + (SELECT count(*) FROM job_numbers) AS n')).toEqual([{ n: 0 }]);
      if (version >= 6) {
        expect(rows(db, 'SELECT name, kind, revoked_at FROM devices')).toEqual([{ name: 'Lobby TV', kind: 'display', revoked_at: null }]);
        expect(rows(db, 'SELECT device_id FROM pairing_codes')).toEqual([{ device_id: 1 }]);
      }
    });
  }
});
