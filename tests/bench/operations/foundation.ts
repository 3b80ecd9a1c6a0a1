import { dispatch } from '../../../electron/core/dispatch.ts';
import type { SeededStaff } from '../seed.ts';
import type { BenchContext, Measurement } from '../types.ts';

/** A non-admin staff member for an operation to work on, so operations do not share a row. */
export function staffFor(ctx: BenchContext, roles: readonly string[], nth = 0): SeededStaff {
  const found = ctx.seeded.staff.filter((s) => roles.includes(s.role));
  const member = found[nth % Math.max(1, found.length)];
  if (!member) throw new Error(`The seeded store has no staff in roles ${roles.join(', ')}`);
  return member;
}

async function ok(ctx: BenchContext, name: string, input: unknown, token: string | null): Promise<unknown> {
  const result = await dispatch(ctx.core, name, input, { token, origin: 'bench' });
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Issue 2 (the foundation): sign-in, a contract round trip in process and over HTTP, an audited write. */
export const foundation: Measurement[] = [
  {
    name: 'auth.signIn',
    what: 'auth.signIn through dispatch in process with the right PIN: scrypt verify (N=16384, r=8), reset of failed attempts, a new session row and its audit row.',
    floor: null,
    cost: 'slow',
    prepare(ctx) {
      const who = staffFor(ctx, ['manager']);
      return async () => {
        await ok(ctx, 'auth.signIn', { staffId: who.id, pin: who.pin }, null);
      };
    },
  },
  {
    name: 'contract.inProcess',
    what: 'store.profile.get through dispatch in process with a session token: session lookup, zod input and output checks, one profile read.',
    floor: 'floor.lookup',
    cost: 'read',
    prepare(ctx) {
      const token = ctx.seeded.adminToken;
      return async () => {
        await ok(ctx, 'store.profile.get', {}, token);
      };
    },
  },
  {
    name: 'contract.http',
    what: 'The same store.profile.get as POST /api/store.profile.get to a station server on 127.0.0.1 over one keep-alive connection, JSON both ways.',
    floor: 'floor.lookup',
    cost: 'read',
    async prepare(ctx) {
      const station = await ctx.station();
      const token = ctx.seeded.adminToken;
      return async () => {
        await station.post('store.profile.get', {}, token);
      };
    },
  },
  {
    name: 'audit.write',
    what: "staff.update through dispatch as the admin, toggling a technician's role: session lookup, validation, staff reads and name check, the UPDATE and its audit row (before/after JSON) in one IMMEDIATE transaction, output check.",
    floor: 'floor.commit',
    cost: 'write',
    target: { kind: 'ratio_p95', max: 2 },
    prepare(ctx) {
      const who = staffFor(ctx, ['technician']);
      const token = ctx.seeded.adminToken;
      return async (i) => {
        await ok(ctx, 'staff.update', { id: who.id, role: i % 2 === 0 ? 'reception' : 'technician' }, token);
      };
    },
  },
  {
    name: 'audit.write.settings',
    what: 'store.settings.update through dispatch as the admin, toggling lockoutMinutes 15/20: settings read before and after (zod-parsed), the upsert and its audit row in one IMMEDIATE transaction.',
    floor: 'floor.commit',
    cost: 'write',
    target: { kind: 'ratio_p95', max: 2 },
    prepare(ctx) {
      const token = ctx.seeded.adminToken;
      return async (i) => {
        await ok(ctx, 'store.settings.update', { lockoutMinutes: i % 2 === 0 ? 20 : 15 }, token);
      };
    },
  },
];
