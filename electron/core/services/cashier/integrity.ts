import type Database from 'better-sqlite3';
import { chainProblem, type ChainCheck, type ChainProblem, type Verification } from '../../../../shared/contract/cashier-integrity.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CallContext } from '../../context.ts';
import type { Core } from '../../core.ts';
import { recordAudit } from '../audit.ts';

/**
 * The money chain's checks (docs/cashier.md, Tamper evidence): each verification is recorded with
 * when and why it ran. The console warns every signed-in user about the last check while it found the
 * chain broken, until an admin acknowledges that break; a later check that finds the same first broken
 * link does not warn again (a different one does).
 */

interface CheckRow {
  id: number;
  at: string;
  trigger: 'startup' | 'manual';
  by_name: string | null;
  ok: number;
  checked: number;
  grand_total_minor: number;
  problem: string | null;
  acknowledged_name: string | null;
  acknowledged_at: string | null;
  acknowledged_note: string | null;
}

const SELECT = `SELECT c.id, c.at, c.trigger, s.name AS by_name, c.ok, c.checked, c.grand_total_minor, c.problem,
    a.name AS acknowledged_name, c.acknowledged_at, c.acknowledged_note
  FROM chain_checks c LEFT JOIN staff s ON s.id = c.by_staff LEFT JOIN staff a ON a.id = c.acknowledged_by`;

function toCheck(r: CheckRow): ChainCheck {
  return {
    id: r.id,
    at: r.at,
    trigger: r.trigger,
    byName: r.by_name,
    ok: r.ok === 1,
    checked: r.checked,
    grandTotalMinor: r.grand_total_minor,
    problem: r.problem === null ? null : chainProblem.parse(JSON.parse(r.problem)),
    acknowledged:
      r.acknowledged_at === null ? null : { byName: r.acknowledged_name ?? '', at: r.acknowledged_at, note: r.acknowledged_note ?? '' },
  };
}

function readCheck(db: Database.Database, id: number): ChainCheck | null {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CheckRow | undefined;
  return row ? toCheck(row) : null;
}

const sameProblem = (a: ChainProblem, b: ChainProblem) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The last check; the check the console warns about (the last one, broken, its break not acknowledged
 * on any check); and, when its break was acknowledged on an earlier check, that acknowledgement.
 */
export function integrityStatus(db: Database.Database): {
  latest: ChainCheck | null;
  warning: ChainCheck | null;
  known: ChainCheck['acknowledged'];
} {
  const last = db.prepare(`${SELECT} ORDER BY c.id DESC LIMIT 1`).get() as CheckRow | undefined;
  const latest = last ? toCheck(last) : null;
  if (!latest?.problem) return { latest, warning: null, known: null };
  const acknowledged = (db.prepare(`${SELECT} WHERE c.acknowledged_at IS NOT NULL ORDER BY c.id DESC`).all() as CheckRow[]).map(toCheck);
  const known = acknowledged.find((c) => c.problem && sameProblem(c.problem, latest.problem!));
  return { latest, warning: known ? null : latest, known: known?.acknowledged ?? null };
}

/**
 * Records what a verification found. A check from Settings is audited; a start-up check is audited
 * only when it found the chain broken (a whole one is its own row, every start).
 */
export function recordCheck(
  core: Core,
  found: Verification,
  how: { trigger: 'startup' | 'manual'; actorId: number | null; origin: string },
): ChainCheck {
  const { db } = core;
  return db
    .transaction(() => {
      const at = core.nowIso();
      const { lastInsertRowid } = db
        .prepare(`INSERT INTO chain_checks (at, trigger, by_staff, ok, checked, grand_total_minor, problem) VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(
          at,
          how.trigger,
          how.actorId,
          found.ok ? 1 : 0,
          found.checked,
          found.grandTotalMinor,
          found.problem && JSON.stringify(found.problem),
        );
      const id = Number(lastInsertRowid);
      if (how.trigger === 'manual' || !found.ok)
        recordAudit(db, {
          at,
          actorId: how.actorId,
          action: 'cashier.integrity.check',
          entity: 'chain_check',
          entityId: id,
          after: { trigger: how.trigger, ok: found.ok, checked: found.checked, problem: found.problem },
          origin: how.origin,
        });
      return readCheck(db, id)!;
    })
    .immediate();
}

/** Runs the verification in a reader worker and records it. */
export async function runCheck(
  core: Core,
  how: { trigger: 'startup' | 'manual'; actorId: number | null; origin: string },
): Promise<ChainCheck> {
  const found = (await core.readers.run('cashier.verify', {}, { actor: null, now: core.clock.now() })) as Verification;
  return recordCheck(core, found, how);
}

/** An admin acknowledges a check that found the chain broken, once, with a note. */
export function acknowledgeCheck(ctx: CallContext, input: { checkId: number; note: string }): ChainCheck {
  const { db } = ctx.core;
  return db
    .transaction(() => {
      const check = readCheck(db, input.checkId);
      if (!check) throw new AppError('NOT_FOUND', `There is no check ${input.checkId}`, { checkId: 'is not a check' });
      if (check.ok)
        throw new AppError('CONFLICT', 'That check found the chain whole: there is nothing to acknowledge', {
          checkId: 'found the chain whole',
        });
      if (check.acknowledged)
        throw new AppError('CONFLICT', `That check was already acknowledged by ${check.acknowledged.byName}`, {
          checkId: 'is already acknowledged',
        });
      const at = ctx.core.nowIso();
      db.prepare('UPDATE chain_checks SET acknowledged_by = ?, acknowledged_at = ?, acknowledged_note = ? WHERE id = ?').run(
        ctx.actor?.id ?? null,
        at,
        input.note,
        check.id,
      );
      recordAudit(db, {
        at,
        actorId: ctx.actor?.id ?? null,
        action: 'cashier.integrity.acknowledge',
        entity: 'chain_check',
        entityId: check.id,
        after: { note: input.note, problem: check.problem },
        origin: ctx.origin,
      });
      return readCheck(db, check.id)!;
    })
    .immediate();
}
