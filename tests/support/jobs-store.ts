import type { Core } from '../../electron/core/core.ts';
import { addStaff, lockOnlyAfterLongIdle, makeCore, op, removeTempDirs, setUpStore, type TestCore } from './core.ts';
import { addDeviceOwner, intakeOf } from './job-samples.ts';

/** A shop for the jobs suites: the admin, a receptionist, two technicians and a manager signed in, and a customer with a phone. */
export interface JobsStore extends TestCore {
  admin: { id: number; token: string };
  reception: { id: number; token: string };
  tech: { id: number; token: string };
  tech2: { id: number; token: string };
  manager: { id: number; token: string };
  customerId: number;
  assetId: number;
  /** Takes a job in as the receptionist, with the sample intake and any fields changed. */
  intake: (more?: Record<string, unknown>) => ReturnType<typeof op<'jobs.intake'>>;
  /** Takes a job's agreed deposit as money at the cashier (its deposit bill paid by card, by the admin). */
  payDeposit: (jobId: number) => Promise<void>;
}

const stores: TestCore[] = [];

export async function jobsStore(): Promise<JobsStore> {
  const t = makeCore();
  stores.push(t);
  const { core } = t;
  const { adminId, adminToken } = await setUpStore(core);
  lockOnlyAfterLongIdle(core);
  const reception = await addStaff(core, adminToken, 'reception', '31313131', 'Rita Reception');
  const tech = await addStaff(core, adminToken, 'technician', '51515151', 'Tom Tech');
  const tech2 = await addStaff(core, adminToken, 'technician', '52525252', 'Tina Tech');
  const manager = await addStaff(core, adminToken, 'manager', '21212121', 'Max Manager');
  const { customerId, assetId } = await addDeviceOwner(core, adminToken, {
    name: 'Lee Customer',
    phone: '13800001234',
    imei: '356938035643809',
    purchaseDate: '2026-01-10',
  });
  return {
    ...t,
    admin: { id: adminId, token: adminToken },
    reception,
    tech,
    tech2,
    manager,
    customerId,
    assetId,
    intake: (more = {}) => op(core, 'jobs.intake', intakeOf(customerId, assetId, more), reception.token),
    payDeposit: async (jobId) => {
      const bill = await op(core, 'cashier.openBill', { source: { kind: 'deposit', jobId } }, adminToken);
      await op(
        core,
        'cashier.pay',
        { billId: bill.id, till: 'till1', payments: [{ method: 'card', amountMinor: bill.dueMinor }] },
        adminToken,
      );
    },
  };
}

export function closeJobsStores(): void {
  for (const t of stores.splice(0)) t.core.close();
  removeTempDirs();
}

/** Moves a job by one event as `token`'s holder. */
export function move(core: Core, token: string, jobId: number, event: Record<string, unknown>) {
  return op(core, 'jobs.move', { jobId, event }, token);
}
