import type Database from 'better-sqlite3';

/** What the jobs rows need from the rest of the seed. */
interface JobSeed {
  historical: number;
  open: number;
  /** Customer ids run from 1 to this. */
  maxCustomerId: number;
  /** History spreads over these days, ending now. */
  days: number;
  nowMs: number;
  adminId: number;
  technicianIds: readonly number[];
  /** The repair-intake service most jobs come through. */
  serviceId: number;
}

const DAY_MS = 86_400_000;
const OPEN_STATUSES = ['received', 'diagnosing', 'awaitingApproval', 'awaitingParts', 'inRepair', 'paused', 'qualityCheck', 'ready'];

/** The instant of a Julian day number, as the store writes instants. */
const ISO = (julian: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${julian})`;
const julianOf = (ms: number) => ms / DAY_MS + 2_440_587.5;

/**
 * Service jobs, written with generated SQL (one statement per table, each a recursive count), in one
 * transaction: `historical` closed jobs spread evenly over the history (90% delivered, 7% cancelled,
 * 3% returned unrepaired; ready 1 to 72 hours after intake and collected within 5 days), each with one
 * line and two trail steps; then `open` jobs taken in over the last 10 days, spread over the open
 * statuses and the technicians, each with two lines and three trail steps. Numbers are unique per year
 * (`seq` runs over all jobs), and each year's counter row is set to its highest, so intake carries on.
 */
export function seedJobs(db: Database.Database, s: JobSeed): { historical: number; open: number } {
  const first = julianOf(s.nowMs - s.days * DAY_MS);
  const step = s.days / Math.max(1, s.historical);
  const techs = s.technicianIds.length > 0 ? s.technicianIds : [s.adminId];
  const techCase = `CASE i % ${techs.length} ${techs.map((id, k) => `WHEN ${k} THEN ${id}`).join(' ')} END`;
  const openCase = `CASE i % ${OPEN_STATUSES.length} ${OPEN_STATUSES.map((st, k) => `WHEN ${k} THEN '${st}'`).join(' ')} END`;
  const series = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n})`;
  const customer = `1 + abs(random()) % ${s.maxCustomerId}`;
  db.transaction(() => {
    db.exec(`
      ${series(s.historical)}
      INSERT INTO jobs (id, number, year, seq, customer_id, asset_id, asset_kind, service_id, fault, status, status_since, source,
                        created_at, created_by, origin, ready_at, closed_at, updated_at)
      SELECT i, printf('J%s-%07d', substr(c, 1, 4), i), CAST(substr(c, 1, 4) AS INTEGER), i, ${customer}, NULL, 'none',
             CASE WHEN i % 10 < 7 THEN ${s.serviceId} END, 'Screen cracked', st, cl, 'counter', c, ${s.adminId}, 'bench', r, cl, cl
        FROM (SELECT i, ${ISO(`${first} + (i - 1) * ${step}`)} AS c,
                     ${ISO(`${first} + (i - 1) * ${step} + (1 + i % 72) / 24.0`)} AS r,
                     ${ISO(`${first} + (i - 1) * ${step} + (1 + i % 72) / 24.0 + (i % 5)`)} AS cl,
                     CASE WHEN i % 100 < 90 THEN 'delivered' WHEN i % 100 < 97 THEN 'cancelled' ELSE 'returnedUnrepaired' END AS st
                FROM n);
      ${series(s.historical)}
      INSERT INTO job_lines (job_id, line_no, kind, description, quantity, unit_price_minor, status, added_at)
      SELECT i, 1, 'part', 'Screen assembly', 1, 30000 + (i % 50) * 1000, 'accepted', ${ISO(`${first} + (i - 1) * ${step}`)} FROM n;
      ${series(s.historical)}
      INSERT INTO job_events (job_id, event, from_status, to_status, staff_id, at, origin)
      SELECT i, e.event, e.from_status, e.to_status, ${s.adminId}, j.closed_at, 'bench'
        FROM n JOIN jobs j ON j.id = n.i
        JOIN (SELECT 'markReady' AS event, 'qualityCheck' AS from_status, 'ready' AS to_status
              UNION ALL SELECT 'deliver', 'ready', 'delivered') e;
    `);
    const base = s.historical;
    const recent = julianOf(s.nowMs - 10 * DAY_MS);
    db.exec(`
      ${series(s.open)}
      INSERT INTO jobs (id, number, year, seq, customer_id, asset_id, asset_kind, service_id, fault, status, status_since, technician_id,
                        source, created_at, created_by, origin, promised_ready_at, ready_at, updated_at)
      SELECT ${base} + i, printf('J%s-%07d', substr(c, 1, 4), ${base} + i), CAST(substr(c, 1, 4) AS INTEGER), ${base} + i, ${customer},
             NULL, 'none', ${s.serviceId}, 'Does not charge', ${openCase}, c, CASE WHEN i % 8 = 0 THEN NULL ELSE ${techCase} END,
             'counter', c, ${s.adminId}, 'bench', ${ISO(`${recent} + i * 10.0 / ${s.open} + 2`)},
             CASE WHEN i % ${OPEN_STATUSES.length} = ${OPEN_STATUSES.indexOf('ready')} THEN c END, c
        FROM (SELECT i, ${ISO(`${recent} + i * 10.0 / ${s.open}`)} AS c FROM n);
      ${series(s.open)}
      INSERT INTO job_lines (job_id, line_no, kind, description, quantity, unit_price_minor, status, added_at)
      SELECT ${base} + i, l.no, l.kind, l.what, 1, l.price, 'accepted', j.created_at
        FROM n JOIN jobs j ON j.id = ${base} + n.i
        JOIN (SELECT 1 AS no, 'part' AS kind, 'Charging port' AS what, 12000 AS price UNION ALL SELECT 2, 'labour', 'Labour', 5000) l;
      ${series(s.open)}
      INSERT INTO job_events (job_id, event, from_status, to_status, staff_id, at, origin, detail_json)
      SELECT ${base} + i, e.event, e.from_status, e.to_status, coalesce(j.technician_id, ${s.adminId}), j.created_at, 'bench', e.detail
        FROM n JOIN jobs j ON j.id = ${base} + n.i
        JOIN (SELECT 'assign' AS event, 'received' AS from_status, 'received' AS to_status, NULL AS detail
              UNION ALL SELECT 'startDiagnosis', 'received', 'diagnosing', NULL
              UNION ALL SELECT 'waitForParts', 'diagnosing', 'awaitingParts', '{"note":"ordered from the supplier"}') e;
      INSERT INTO job_numbers (year, last_number) SELECT year, max(seq) FROM jobs GROUP BY year;
    `);
  })();
  return { historical: s.historical, open: s.open };
}
