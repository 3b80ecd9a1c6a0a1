import type { Job } from '../../../../shared/contract/jobs.ts';
import type { PickupInput, PickupProof, PickupRecord } from '../../../../shared/contract/jobs-pickup.ts';
import type { Approval } from '../../../../shared/contract/fields.ts';
import { AppError } from '../../../../shared/errors.ts';
import { APPROVER_ROLES } from '../../../../shared/roles.ts';
import { requireActor, type Actor, type CallContext } from '../../context.ts';
import { recordAudit } from '../audit.ts';
import { requireApproval } from '../auth.ts';
import { getCustomer } from '../customers/index.ts';
import { decodeImage, insertMedia, MAX_SIGNATURE_BYTES } from './media.ts';
import { moveJobTx } from './move.ts';
import { readJob } from './read.ts';
import { requireJobRow, type JobRow } from './rows.ts';
import { getJobsSettings } from './settings.ts';

/**
 * Handing a ready job back to its customer (docs/jobs.md, Pickup): who collects proves the job is
 * theirs (the ticket's code; or the number and the last four digits of one of the customer's phones;
 * or a manager's word with a reason), every accessory taken in goes back or is confirmed missing with a
 * note, the customer signs, and the state machine's `deliver` moves the job (refused while owed) with
 * the handover on its trail step and in the audit log, all in one transaction.
 */

const invalid = (field: string, message: string) => new AppError('VALIDATION', `Invalid input: ${field} ${message}`, { [field]: message });

/** A proof that does not match the job: refused, naming the field, and audited apart (the refusal itself writes nothing else). */
class ProofRefused extends AppError {
  constructor(
    readonly row: JobRow,
    readonly lastFour: string,
  ) {
    super(
      'FORBIDDEN',
      `The phone digits given do not match job ${row.number}'s customer`,
      {
        'proof.lastFour': "does not match the customer's phones",
      },
      { reason: 'lastFourMismatch' },
    );
  }
}

const sameNumber = (typed: string, number: string) => typed.trim().toUpperCase() === number;

function jobRowByNumber(ctx: CallContext, number: string): JobRow {
  const found = ctx.core.db.prepare('SELECT id FROM jobs WHERE number = ?').get(number.trim().toUpperCase()) as { id: number } | undefined;
  if (!found) throw new AppError('NOT_FOUND', `There is no job numbered ${number}`, { 'proof.number': 'is not a job number' });
  return requireJobRow(ctx.core.db, found.id);
}

/** The ticket's number, or the number and the last four digits of one of the customer's phones (any of them). */
function checkProof(ctx: CallContext, row: JobRow, proof: Extract<PickupProof, { kind: 'ticket' | 'phone' }>): void {
  if (!sameNumber(proof.number, row.number))
    throw new AppError('FORBIDDEN', `${proof.number} is not job ${row.number}'s number`, { 'proof.number': "is not this job's number" });
  if (proof.kind === 'ticket') return;
  const phones = getCustomer(ctx.core.db, row.customer_id).phones.map((p) => p.replace(/\D/g, ''));
  if (!phones.some((p) => p.length >= 4 && p.endsWith(proof.lastFour))) throw new ProofRefused(row, proof.lastFour);
}

/** A wrong last four is kept for the owner, in a transaction of its own after the refusal. */
function auditRefusal(ctx: CallContext, err: ProofRefused): void {
  ctx.core.db
    .transaction(() =>
      recordAudit(ctx.core.db, {
        at: ctx.core.nowIso(),
        actorId: ctx.actor?.id ?? null,
        action: 'job.pickup.refused',
        entity: 'job',
        entityId: err.row.number,
        after: { verifiedBy: 'phone', lastFour: err.lastFour },
        origin: ctx.origin,
      }),
    )
    .immediate();
}

function refusedAudited<T>(ctx: CallContext, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof ProofRefused) auditRefusal(ctx, err);
    throw err;
  }
}

/** Finds the job the proof names and checks it: the pickup screen's first step. A wrong last four is audited. */
export function verifyPickup(ctx: CallContext, proof: Extract<PickupProof, { kind: 'ticket' | 'phone' }>): Job {
  const actor = requireActor(ctx);
  return refusedAudited(ctx, () => {
    const row = jobRowByNumber(ctx, proof.number);
    checkProof(ctx, row, proof);
    return readJob(ctx.core.db, row.id, actor.role);
  });
}

/** The manager behind an override or a settlement: the desk's own manager, else one who approves with their PIN. */
async function managerFor(ctx: CallContext, approval: Approval | null, field: string): Promise<Actor> {
  const actor = requireActor(ctx);
  if (approval === null) {
    if (APPROVER_ROLES.includes(actor.role)) return actor;
    throw new AppError('APPROVAL_REQUIRED', 'A manager or admin must approve this', { [field]: 'a manager approves this with their PIN' });
  }
  try {
    return await requireApproval(ctx, approval);
  } catch (err) {
    if (err instanceof AppError && field !== 'approval')
      throw new AppError(
        err.code,
        err.message,
        Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`${field}${k.slice(8)}`, v])),
        err.params,
      );
    throw err;
  }
}

/** Every accessory taken in, each once, as it goes back; a missing one needs a note and the confirmation. */
function checkAccessories(row: JobRow, input: PickupInput): PickupRecord['accessories'] {
  const takenIn = JSON.parse(row.accessories_json) as string[];
  const given = input.accessories.map((a) => a.item);
  const same = given.length === takenIn.length && takenIn.every((item) => given.filter((g) => g === item).length === 1);
  if (!same)
    throw invalid(
      'accessories',
      takenIn.length === 0 ? 'must be empty: none were taken in' : `must list each accessory taken in once: ${takenIn.join(', ')}`,
    );
  input.accessories.forEach((a, i) => {
    if (a.state === 'missing' && a.note === '') throw invalid(`accessories.${i}.note`, 'is required for a missing accessory');
  });
  if (input.accessories.some((a) => a.state === 'missing') && !input.missingConfirmed)
    throw invalid('missingConfirmed', 'must be confirmed: an accessory is missing');
  return input.accessories.map((a) => ({ item: a.item, state: a.state, note: a.note }));
}

function pickupTx(ctx: CallContext, input: PickupInput, manager: Actor | null): void {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  const row = requireJobRow(db, input.jobId);
  const { proof } = input;
  if (proof.kind !== 'override') checkProof(ctx, row, proof);
  const accessories = checkAccessories(row, input);
  let image = null;
  if (input.signature !== null) image = decodeImage(input.signature, 'signature', ['image/png'], MAX_SIGNATURE_BYTES);
  else if (getJobsSettings(db).required.pickupSignature) throw invalid('signature', 'is required: the customer signs for the item');
  const nowIso = ctx.core.nowIso();
  const signature =
    image && insertMedia(ctx, { jobId: row.id, kind: 'signature', image, conditionKey: null, note: 'pickup', at: nowIso, by: actor.id });
  const record: PickupRecord = {
    verification: {
      kind: proof.kind,
      reason: proof.kind === 'override' ? proof.reason : null,
      approvedBy: manager && manager.id !== actor.id ? manager.id : null,
    },
    accessories,
    signatureMediaId: signature?.id ?? null,
  };
  moveJobTx(ctx, row.id, { type: 'deliver' }, { pickup: record });
  recordAudit(db, {
    at: nowIso,
    actorId: actor.id,
    approverId: record.verification.approvedBy,
    action: 'job.pickup',
    entity: 'job',
    entityId: row.number,
    after: {
      verifiedBy: proof.kind,
      ...(proof.kind === 'override' ? { reason: proof.reason } : {}),
      accessories,
      signatureMediaId: record.signatureMediaId,
    },
    origin: ctx.origin,
  });
}

/** Hands a ready job over (the whole handover in one transaction; a refusal writes nothing but a wrong last four's audit row). */
export async function pickUpJob(ctx: CallContext, input: PickupInput): Promise<Job> {
  const actor = requireActor(ctx);
  const { proof } = input;
  const manager = proof.kind === 'override' ? await managerFor(ctx, proof.approval, 'proof.approval') : null;
  const { db } = ctx.core;
  return refusedAudited(ctx, () =>
    db
      .transaction(() => {
        pickupTx(ctx, input, manager);
        return readJob(db, input.jobId, actor.role);
      })
      .immediate(),
  );
}

/** Until the cashier: a manager marks the job paid or approves credit at the desk (their PIN when the desk is not a manager). */
export async function settleAtPickup(
  ctx: CallContext,
  input: { jobId: number; settle: { type: 'markPaid' } | { type: 'approveCredit'; reason: string }; approval: Approval | null },
): Promise<Job> {
  requireJobRow(ctx.core.db, input.jobId);
  const manager = await managerFor(ctx, input.approval, 'approval');
  const as: CallContext = { ...ctx, actor: manager };
  const { db } = ctx.core;
  return db
    .transaction(() => {
      moveJobTx(as, input.jobId, input.settle);
      return readJob(db, input.jobId, requireActor(ctx).role);
    })
    .immediate();
}
