import type Database from 'better-sqlite3';
import type { Job } from '../../../../shared/contract/jobs.ts';
import type { JobsSettings } from '../../../../shared/contract/jobs-settings.ts';
import { nameIn } from '../../../../shared/names.ts';
import type { DeviceLabelData, JobTicketData } from '../../printing/index.ts';
import { findAsset, getCustomer } from '../customers/index.ts';
import { getProfile } from '../profile.ts';
import { findServiceRow } from '../queue/index.ts';
import { readMedia } from './media.ts';
import { readJob } from './read.ts';
import { getJobsSettings } from './settings.ts';

/**
 * What the job ticket and the device label print, read from the store as the job stands: names in the
 * store's language (checklist items, the service, the terms), the item's identifiers in full, the
 * customer's first phone (the ticket masks it), the signature's PNG. The job is read with no role,
 * so its passcode never reaches a document.
 */

/** A checklist key as the shop names it in `locale`; free text staff typed stays as typed. */
function checklistName(list: JobsSettings['accessoriesChecklist'], key: string, locale: string): string {
  const item = list.find((i) => i.key === key);
  return item ? nameIn(locale, item) : key;
}

/** The intake's signature: the first (a pickup adds the collection signature after it). */
function signatureOf(db: Database.Database, job: Job): string | null {
  const media = job.media.find((m) => m.kind === 'signature');
  return media ? readMedia(db, media.id).dataUrl : null;
}

export function jobTicketData(db: Database.Database, jobId: number): JobTicketData {
  const job = readJob(db, jobId, null);
  const profile = getProfile(db);
  const settings = getJobsSettings(db);
  const locale = profile.locale;
  const asset = job.assetId === null ? null : findAsset(db, job.assetId);
  const service = job.serviceId === null ? undefined : findServiceRow(db, job.serviceId);
  const condition = Object.entries(job.condition);
  return {
    store: { ...profile, locale },
    number: job.number,
    createdAt: job.createdAt,
    customer: { name: job.customerName, phone: getCustomer(db, job.customerId).phones[0] ?? null },
    asset: asset && { brand: asset.brand, model: asset.model, imei: asset.imei, serial: asset.serial, plate: asset.plate, vin: asset.vin },
    service: service ? nameIn(locale, { nameZh: service.name_zh, nameEn: service.name_en }) : null,
    mileageKm: job.mileageKm,
    fault: job.fault,
    accessories: job.accessories.map((a) => checklistName(settings.accessoriesChecklist, a, locale)),
    damaged:
      condition.length === 0
        ? null
        : condition
            .filter(([, answer]) => answer.state === 'damaged')
            .map(([key, answer]) => ({ item: checklistName(settings.conditionChecklist, key, locale), note: answer.note })),
    warranty: job.warranty,
    lines: job.lines
      .filter((l) => l.status === 'accepted')
      .map((l) => ({
        description: l.description,
        quantity: l.quantity,
        unitPriceMinor: l.unitPriceMinor,
        warrantyCovered: l.warrantyCovered,
      })),
    estimateMinor: job.estimateMinor,
    depositMinor: job.depositMinor,
    // The ticket states the agreement: the balance due at pickup once the deposit agreed is paid.
    owedMinor: Math.max(0, job.estimateMinor - job.depositMinor),
    promisedReadyAt: job.promisedReadyAt,
    terms: nameIn(locale, { nameZh: settings.termsZh, nameEn: settings.termsEn }),
    signaturePng: signatureOf(db, job),
    takenInBy: job.trail[0]?.byName ?? null,
  };
}

export function deviceLabelData(db: Database.Database, jobId: number): DeviceLabelData {
  const job = readJob(db, jobId, null);
  return { locale: getProfile(db).locale, number: job.number, fault: job.fault, customerName: job.customerName };
}
