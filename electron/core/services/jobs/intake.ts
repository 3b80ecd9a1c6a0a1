import type Database from 'better-sqlite3';
import type { Asset } from '../../../../shared/contract/customers.ts';
import type { IntakeInput, Job, WarrantyPreviewInput } from '../../../../shared/contract/jobs.ts';
import type { JobAssetKind, JobsSettings } from '../../../../shared/contract/jobs-settings.ts';
import { COVERING_OUTCOMES } from '../../../../shared/contract/warranty-rules.ts';
import { AppError } from '../../../../shared/errors.ts';
import { businessDate } from '../../../../shared/time.ts';
import { requireActor, type CallContext } from '../../context.ts';
import { requireAppointment } from '../appointments/index.ts';
import { recordAudit } from '../audit.ts';
import { findAsset, requireCustomerRow } from '../customers/index.ts';
import { getProfile } from '../profile.ts';
import { requireActiveService, requireTicket } from '../queue/index.ts';
import { getSettings } from '../settings.ts';
import { decodeImage, insertMedia, MAX_SIGNATURE_BYTES, type Image } from './media.ts';
import { takeJobNumber } from './numbers.ts';
import { getJobsSettings } from './settings.ts';
import { suggestPromise } from './promise.ts';
import { readJob } from './read.ts';
import { estimateOf } from './rows.ts';
import { evaluateWarranty, type WarrantyVerdict } from './warranty.ts';

const invalid = (field: string, message: string): AppError =>
  new AppError('VALIDATION', `Invalid input: ${field} ${message}`, { [field]: message });

function requireAsset(db: Database.Database, input: IntakeInput, settings: JobsSettings): Asset | null {
  if (input.assetId === null) {
    if (settings.required.identifier) throw invalid('assetId', 'is required: choose or add the device or vehicle');
    return null;
  }
  const asset = findAsset(db, input.assetId);
  if (!asset) throw new AppError('NOT_FOUND', `There is no asset with id ${input.assetId}`, { assetId: 'is not an asset' });
  if (asset.customerId !== input.customerId) throw invalid('assetId', 'does not belong to this customer');
  if (!asset.active) throw invalid('assetId', 'has been removed');
  if (settings.required.identifier && asset.kind === 'device' && !asset.imei) throw invalid('assetId', 'needs its IMEI');
  if (settings.required.identifier && asset.kind === 'vehicle' && !asset.plate) throw invalid('assetId', 'needs its plate');
  return asset;
}

function checkSource(ctx: CallContext, input: IntakeInput): void {
  const { db } = ctx.core;
  const { source } = input;
  if (source.kind === 'counter') {
    const ticket = requireTicket(db, source.ticketId, 'source.ticketId');
    if (ticket.customerId !== null && ticket.customerId !== input.customerId)
      throw invalid('source.ticketId', 'is another customer’s ticket');
  }
  if (source.kind === 'appointment') {
    const grace = getSettings(db).appointmentGraceMinutes;
    const appointment = requireAppointment(db, source.appointmentId, grace, ctx.core.nowIso(), 'source.appointmentId');
    if (appointment.customerId !== input.customerId) throw invalid('source.appointmentId', 'is another customer’s appointment');
  }
}

/** The condition check: only the shop's items for this kind of item, every one of them when the check is required. */
function checkCondition(input: IntakeInput, settings: JobsSettings, kind: JobAssetKind): string[] {
  const items = settings.conditionChecklist.filter((i) => kind !== 'none' && (i.appliesTo as string[]).includes(kind));
  const keys = new Set(items.map((i) => i.key));
  for (const key of Object.keys(input.condition))
    if (!keys.has(key)) throw invalid(`condition.${key}`, 'is not on the condition checklist');
  if (settings.required.conditionCheck)
    for (const item of items) if (!(item.key in input.condition)) throw invalid(`condition.${item.key}`, 'is required');
  return Object.entries(input.condition)
    .filter(([, answer]) => answer.state === 'damaged')
    .map(([key]) => key);
}

/** The item's earlier repairs here, as store-local dates in and out, for the warranty's repair-time extension. */
function earlierRepairs(db: Database.Database, assetId: number | null, timeZone: string) {
  if (assetId === null) return [];
  const rows = db.prepare('SELECT created_at, closed_at FROM jobs WHERE asset_id = ?').all(assetId) as {
    created_at: string;
    closed_at: string | null;
  }[];
  return rows.map((r) => ({
    receivedOn: businessDate(Date.parse(r.created_at), timeZone),
    returnedOn: r.closed_at === null ? null : businessDate(Date.parse(r.closed_at), timeZone),
  }));
}

function decideWarranty(
  ctx: CallContext,
  input: Pick<IntakeInput, 'warranty' | 'mileageKm'>,
  c: { settings: JobsSettings; asset: Asset | null; findings: string[]; timeZone: string; nowMs: number },
): WarrantyVerdict | null {
  const claim = input.warranty;
  if (claim === null) return null;
  const facts = new Set(c.settings.warrantyRules.triggers.map((t) => t.fact));
  claim.answers.forEach((answer, i) => {
    if (!facts.has(answer)) throw invalid(`warranty.answers.${i}`, 'is not a question the warranty rules ask');
  });
  return evaluateWarranty({
    rules: c.settings.warrantyRules,
    category: claim.category,
    part: claim.part,
    purchase: { date: c.asset?.purchaseDate ?? null, proof: c.asset?.proof ?? 'none', mileageKm: null },
    intake: { at: c.nowMs, mileageKm: input.mileageKm },
    timeZone: c.timeZone,
    findings: c.findings,
    answers: claim.answers,
    repairs: earlierRepairs(ctx.core.db, c.asset?.id ?? null, c.timeZone),
    override: claim.override === null ? null : { ...claim.override, staffId: requireActor(ctx).id },
  });
}

function signatureOf(input: IntakeInput, settings: JobsSettings): Image | null {
  if (input.signature === null) {
    if (settings.required.signature) throw invalid('signature', 'is required: the customer signs the intake');
    return null;
  }
  return decodeImage(input.signature, 'signature', ['image/png'], MAX_SIGNATURE_BYTES);
}

/**
 * Takes an item in, inside the caller's transaction: every check first (the required fields named when
 * missing), then the year's next number, the job, its lines (signed for: accepted), the signature and
 * the audit rows (the intake's money: estimate and deposit; a warranty override with what the rules
 * said). The job's row records the intake itself; its trail begins with its first move.
 */
function intakeJobTx(ctx: CallContext, input: IntakeInput, settings: JobsSettings): Job {
  const { db } = ctx.core;
  const actor = requireActor(ctx);
  const nowIso = ctx.core.nowIso();
  const nowMs = Date.parse(nowIso);
  const { timeZone } = getProfile(db);
  requireCustomerRow(db, input.customerId, 'customerId');
  const asset = requireAsset(db, input, settings);
  const kind: JobAssetKind = asset?.kind ?? 'none';
  if (input.serviceId !== null) requireActiveService(db, input.serviceId);
  checkSource(ctx, input);
  const findings = checkCondition(input, settings, kind);
  const signature = signatureOf(input, settings);
  const verdict = decideWarranty(ctx, input, { settings, asset, findings, timeZone, nowMs });
  input.lines.forEach((line, i) => {
    if (line.warrantyCovered && (verdict === null || !COVERING_OUTCOMES.includes(verdict.outcome)))
      throw invalid(`lines.${i}.warrantyCovered`, 'needs a warranty verdict that covers the job');
  });
  if (input.promisedReadyAt !== null && Date.parse(input.promisedReadyAt) <= nowMs)
    throw invalid('promisedReadyAt', 'must be later than now');
  const promisedReadyAt =
    input.promisedReadyAt ?? suggestPromise(db, settings, { serviceId: input.serviceId, assetKind: kind, nowMs }).promisedReadyAt;

  const year = Number(businessDate(nowMs, timeZone).slice(0, 4));
  const { seq, number } = takeJobNumber(db, year, settings);
  const source = input.source;
  const jobId = Number(
    db
      .prepare(
        `INSERT INTO jobs (number, year, seq, customer_id, asset_id, asset_kind, service_id, fault, accessories_json, condition_json,
           passcode, deposit_minor, promised_ready_at, mileage_km, warranty_json, status, status_since, source, ticket_id,
           appointment_id, created_at, created_by, origin, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        number,
        year,
        seq,
        input.customerId,
        asset?.id ?? null,
        kind,
        input.serviceId,
        input.fault,
        JSON.stringify(input.accessories),
        JSON.stringify(input.condition),
        input.passcode,
        input.depositMinor,
        promisedReadyAt,
        input.mileageKm,
        verdict === null ? null : JSON.stringify(verdict),
        nowIso,
        source.kind,
        source.kind === 'counter' ? source.ticketId : null,
        source.kind === 'appointment' ? source.appointmentId : null,
        nowIso,
        actor.id,
        ctx.origin,
        nowIso,
      ).lastInsertRowid,
  );
  const line = db.prepare(
    `INSERT INTO job_lines (job_id, line_no, kind, description, quantity, unit_price_minor, status, warranty_covered, added_at)
     VALUES (?, ?, ?, ?, ?, ?, 'accepted', ?, ?)`,
  );
  input.lines.forEach((l, i) =>
    line.run(jobId, i + 1, l.kind, l.description, l.quantity, l.unitPriceMinor, l.warrantyCovered ? 1 : 0, nowIso),
  );
  if (signature) insertMedia(ctx, { jobId, kind: 'signature', image: signature, conditionKey: null, note: '', at: nowIso, by: actor.id });

  const estimateMinor = estimateOf(
    input.lines.map((l) => ({
      status: 'accepted',
      warranty_covered: l.warrantyCovered ? 1 : 0,
      quantity: l.quantity,
      unit_price_minor: l.unitPriceMinor,
    })),
  );
  recordAudit(db, {
    at: nowIso,
    actorId: actor.id,
    action: 'job.intake',
    entity: 'job',
    entityId: number,
    after: { customerId: input.customerId, assetId: asset?.id ?? null, estimateMinor, depositMinor: input.depositMinor },
    origin: ctx.origin,
  });
  if (verdict?.override)
    recordAudit(db, {
      at: nowIso,
      actorId: actor.id,
      action: 'warranty.override',
      entity: 'job',
      entityId: number,
      before: { outcome: verdict.computed.outcome },
      after: { outcome: verdict.override.outcome, reason: verdict.override.reason },
      origin: ctx.origin,
    });
  return readJob(db, jobId, actor.role);
}

/** Takes an item in, in its own transaction. */
export function intakeJob(ctx: CallContext, input: IntakeInput): Job {
  const { db } = ctx.core;
  return db.transaction(() => intakeJobTx(ctx, input, getJobsSettings(db))).immediate();
}

/**
 * The verdict intake would record for these answers, for the form to show before it is saved: the
 * same decision (`decideWarranty`) over the same facts, and nothing written.
 */
export function previewWarranty(ctx: CallContext, input: WarrantyPreviewInput): WarrantyVerdict {
  const { db } = ctx.core;
  const settings = getJobsSettings(db);
  requireCustomerRow(db, input.customerId, 'customerId');
  const asset = input.assetId === null ? null : findAsset(db, input.assetId);
  if (input.assetId !== null && !asset)
    throw new AppError('NOT_FOUND', `There is no asset with id ${input.assetId}`, { assetId: 'is not an asset' });
  if (asset && asset.customerId !== input.customerId) throw invalid('assetId', 'does not belong to this customer');
  const findings = Object.entries(input.condition)
    .filter(([, answer]) => answer.state === 'damaged')
    .map(([key]) => key);
  const nowMs = Date.parse(ctx.core.nowIso());
  const verdict = decideWarranty(
    ctx,
    { ...input, warranty: { ...input.warranty, override: null } },
    {
      settings,
      asset: asset ?? null,
      findings,
      timeZone: getProfile(db).timeZone,
      nowMs,
    },
  );
  if (verdict === null) throw new AppError('INTERNAL', 'a warranty claim gave no verdict');
  return verdict;
}
