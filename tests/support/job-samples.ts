import zlib from 'node:zlib';
import type { Core } from '../../electron/core/core.ts';
import { addStaff, op } from './core.ts';
import { chunk } from './png.ts';

/** A real PNG (grey, `width` by 8 pixels) as the console sends one: a data URL. `padding` adds a text chunk of that many bytes. */
export function pngDataUrl(width = 16, padding = 0): string {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(8, 4);
  header[8] = 8;
  // Each row is its filter byte (0: none) and `width` grey pixels.
  const rows = Buffer.alloc((width + 1) * 8, 128);
  for (let y = 0; y < 8; y++) rows[y * (width + 1)] = 0;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(padding > 0 ? [chunk('tEXt', Buffer.alloc(padding, 0x61))] : []),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** The default condition checklist's device items, all looked at; `damaged` ones marked so. */
export function deviceCondition(...damaged: string[]): Record<string, { state: 'ok' | 'damaged'; note: string }> {
  const keys = ['scratches', 'cracks', 'dents', 'screen', 'powersOn', 'waterIndicator', 'bentOrCrushed', 'sealBroken'];
  return Object.fromEntries(keys.map((k) => [k, { state: damaged.includes(k) ? 'damaged' : 'ok', note: '' }]));
}

/** An intake that passes every default requirement: a device with an IMEI, the condition check, the signature. */
export function intakeOf(customerId: number, assetId: number, more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    customerId,
    assetId,
    source: { kind: 'customer' },
    fault: 'Screen cracked after a drop',
    accessories: ['case'],
    condition: deviceCondition('scratches'),
    passcode: '2580',
    lines: [{ kind: 'part', description: 'Screen assembly', quantity: 1, unitPriceMinor: 45_000 }],
    depositMinor: 10_000,
    warranty: { category: 'phone', part: 'handset' },
    signature: pngDataUrl(),
    ...more,
  };
}

/** A customer with a phone, a technician, and a job taken in, with a photo: for the jobs operations' samples. */
export interface JobSamples {
  customerId: number;
  assetId: number;
  technicianId: number;
  technicianToken: string;
  jobId: number;
  jobNumber: string;
  mediaId: number;
  /** A second job, repaired, checked, ready and marked paid: for the pickup. */
  readyJobId: number;
  readyJobNumber: string;
}

/** A customer with a phone and their phone (a device with an IMEI, bought on `purchaseDate` with an invoice): whom the sample jobs are for. */
export async function addDeviceOwner(
  core: Core,
  adminToken: string,
  who: { name: string; phone: string; imei: string; purchaseDate: string },
): Promise<{ customerId: number; assetId: number }> {
  const customer = await op(core, 'customers.create', { name: who.name, phones: [who.phone] }, adminToken);
  const asset = await op(
    core,
    'assets.save',
    {
      customerId: customer.id,
      kind: 'device',
      brand: 'Apple',
      model: 'iPhone 14',
      imei: who.imei,
      purchaseDate: who.purchaseDate,
      proof: 'invoice',
    },
    adminToken,
  );
  return { customerId: customer.id, assetId: asset.id };
}

export async function buildJobSamples(core: Core, adminToken: string): Promise<JobSamples> {
  const { customerId, assetId } = await addDeviceOwner(core, adminToken, {
    name: 'Job Sample',
    phone: '13511112222',
    imei: '353322112233441',
    purchaseDate: '2025-09-01',
  });
  const technician = await addStaff(core, adminToken, 'technician', '80808080', 'Tess Technician');
  const job = await op(core, 'jobs.intake', intakeOf(customerId, assetId), adminToken);
  const photo = await op(core, 'jobs.addPhoto', { jobId: job.id, dataUrl: pngDataUrl(), conditionKey: 'scratches', note: '' }, adminToken);
  const ready = await readyJob(core, adminToken, technician, intakeOf(customerId, assetId));
  return {
    customerId,
    assetId,
    technicianId: technician.id,
    technicianToken: technician.token,
    jobId: job.id,
    jobNumber: job.number,
    mediaId: photo.id,
    readyJobId: ready.id,
    readyJobNumber: ready.number,
  };
}

/**
 * A job taken in and moved to ready, paid: the technician repairs and self-checks, the admin (a
 * manager) second-checks and marks it paid. What a pickup starts from.
 */
export async function readyJob(core: Core, adminToken: string, technician: { id: number; token: string }, intake: Record<string, unknown>) {
  const job = await op(core, 'jobs.intake', intake, adminToken);
  const move = (token: string, event: Record<string, unknown>) => op(core, 'jobs.move', { jobId: job.id, event }, token);
  await move(adminToken, { type: 'assign', technicianId: technician.id });
  for (const type of ['startDiagnosis', 'startRepair', 'submitForQc']) await move(technician.token, { type });
  await move(technician.token, { type: 'qcSelfCheck', passed: true, note: '' });
  await move(adminToken, { type: 'qcSecondCheck', passed: true, note: '' });
  await move(technician.token, { type: 'markReady' });
  return move(adminToken, { type: 'markPaid' });
}
