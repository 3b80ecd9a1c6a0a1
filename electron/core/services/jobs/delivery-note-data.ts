import type Database from 'better-sqlite3';
import { pickupRecord } from '../../../../shared/contract/jobs-pickup.ts';
import type { WarrantyRule } from '../../../../shared/contract/warranty-rules.ts';
import { AppError } from '../../../../shared/errors.ts';
import { nameIn } from '../../../../shared/names.ts';
import { businessDate } from '../../../../shared/time.ts';
import type { DeliveryNoteData } from '../../printing/index.ts';
import { getProfile } from '../profile.ts';
import { plusDays, plusMonths } from './calendar.ts';
import { readMedia } from './media.ts';
import { jobTicketData } from './ticket-data.ts';
import { getJobsSettings } from './settings.ts';

/**
 * The shop's own warranty on its work, by the item: a device's is the rule for parts the shop fitted
 * (phone/shopRepair), a vehicle's the workshop's least (carWorkshop/minorRepair, 《机动车维修管理规定》).
 * A shop without that rule in its settings prints none.
 */
const WORK_RULE = { device: ['phone', 'shopRepair'], vehicle: ['carWorkshop', 'minorRepair'] } as const;

function workWarranty(
  rule: WarrantyRule | undefined,
  locale: string,
  deliveredOn: string,
  mileageKm: number | null,
): DeliveryNoteData['warranty'] {
  if (!rule) return null;
  const { count, unit, km } = rule.period;
  return {
    rule: nameIn(locale, rule),
    until: unit === 'months' ? plusMonths(deliveredOn, count) : plusDays(deliveredOn, count),
    untilKm: km === null ? null : (mileageKm ?? 0) + km,
  };
}

/** What a handed-over job's delivery note prints: the ticket's facts, the handover as its `deliver` step recorded it, the warranty on the work. */
export function deliveryNoteData(db: Database.Database, jobId: number): DeliveryNoteData {
  const ticket = jobTicketData(db, jobId);
  const step = db
    .prepare(
      `SELECT e.at, e.detail_json, s.name AS staff_name, j.asset_kind, j.mileage_km, j.accessories_json FROM job_events e
         JOIN jobs j ON j.id = e.job_id LEFT JOIN staff s ON s.id = e.staff_id
        WHERE e.job_id = ? AND e.event = 'deliver' ORDER BY e.id DESC LIMIT 1`,
    )
    .get(jobId) as
    | {
        at: string;
        detail_json: string | null;
        staff_name: string | null;
        asset_kind: string;
        mileage_km: number | null;
        accessories_json: string;
      }
    | undefined;
  if (!step)
    throw new AppError(
      'INVALID_STATE',
      `Job ${ticket.number} has not been handed over`,
      { jobId: 'has not been handed over' },
      { reason: 'notDelivered' },
    );
  const detail = JSON.parse(step.detail_json ?? '{}') as { pickup?: unknown };
  const record = pickupRecord.safeParse(detail.pickup);
  const { locale, timeZone } = getProfile(db);
  const settings = getJobsSettings(db);
  const names = new Map((JSON.parse(step.accessories_json) as string[]).map((key, i) => [key, ticket.accessories[i] ?? key]));
  const charged = ticket.lines.some((l) => !l.warrantyCovered);
  const kind = step.asset_kind === 'vehicle' ? 'vehicle' : 'device';
  const [category, part] = WORK_RULE[kind];
  const rule = settings.warrantyRules.rules.find((r) => r.category === category && r.part === part);
  const signatureId = record.success ? record.data.signatureMediaId : null;
  return {
    store: ticket.store,
    number: ticket.number,
    createdAt: ticket.createdAt,
    customer: ticket.customer,
    asset: ticket.asset,
    service: ticket.service,
    lines: ticket.lines,
    totalMinor: ticket.estimateMinor,
    depositMinor: ticket.depositMinor,
    accessories: record.success
      ? record.data.accessories.map((a) => ({ name: names.get(a.item) ?? a.item, state: a.state, note: a.note }))
      : ticket.accessories.map((name) => ({ name, state: null, note: '' })),
    warranty: charged ? workWarranty(rule, locale, businessDate(Date.parse(step.at), timeZone), step.mileage_km) : null,
    verifiedBy: record.success ? record.data.verification.kind : null,
    signaturePng: signatureId === null ? null : readMedia(db, signatureId).dataUrl,
    deliveredAt: step.at,
    deliveredBy: step.staff_name,
  };
}
