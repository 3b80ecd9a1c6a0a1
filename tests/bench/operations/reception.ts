import { call, dispatch } from '../../../electron/core/dispatch.ts';
import { surnameAndGivenStart } from '../names.ts';
import type { BenchContext, Measurement, Step } from '../types.ts';
import { displayCall } from './display-call.ts';
import { staffFor } from './foundation.ts';
import { ISSUE_GAP_MINUTES, issueDays, issueStep, KEEP_WAITING, NUMBERS_PER_DAY } from './issue-days.ts';

async function ok(ctx: BenchContext, name: string, input: unknown, token: string): Promise<unknown> {
  const result = await dispatch(ctx.core, name, input, { token, origin: 'bench' });
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

const tokens = new WeakMap<BenchContext, Promise<string>>();

/** A receptionist's session (signed in once per run), the role that searches and issues numbers. */
function receptionToken(ctx: BenchContext): Promise<string> {
  let token = tokens.get(ctx);
  if (!token) {
    const who = staffFor(ctx, ['reception']);
    token = call(ctx.core, 'auth.signIn', { staffId: who.id, pin: who.pin }, { origin: 'bench' }).then((s) => s.token);
    tokens.set(ctx, token);
  }
  return token;
}

interface CustomerSample {
  name: string;
  initials: string;
  phone: string;
}

const HAN_NAME = /^\p{Script=Han}+$/u;

/** Random seeded customers (their main phone), Chinese names only when `chinese`. */
function sampleCustomers(ctx: BenchContext, chinese: boolean): CustomerSample[] {
  const row = ctx.core.db.prepare(
    'SELECT c.name, c.initials, p.phone FROM customers c JOIN customer_phones p ON p.customer_id = c.id AND p.position = 0 WHERE c.id = ?',
  );
  const samples: CustomerSample[] = [];
  for (let tries = 0; samples.length < 1024 && tries < 100_000; tries++) {
    const found = row.get(ctx.rng.int(1, ctx.seeded.maxCustomerId)) as CustomerSample | undefined;
    if (found && (!chinese || HAN_NAME.test(found.name))) samples.push(found);
  }
  if (samples.length === 0) throw new Error('The seeded store has no customers to search for');
  return samples;
}

function search(name: string, what: string, chinese: boolean, query: (c: CustomerSample) => string): Measurement {
  return {
    name,
    what,
    floor: null,
    cost: 'read',
    target: { kind: 'p95_ms', max: 10 },
    async prepare(ctx) {
      const queries = sampleCustomers(ctx, chinese).map(query);
      const token = await receptionToken(ctx);
      return async (i) => {
        const q = queries[i % queries.length] as string;
        const found = (await ok(ctx, 'customers.search', { q }, token)) as unknown[];
        if (found.length === 0) throw new Error(`customers.search found nobody for "${q}"`);
      };
    },
  };
}

/** The step of `queue.issue` (and of its diagnostic twin with displays listening). */
export async function issuing(ctx: BenchContext, m: Measurement): Promise<Step> {
  const token = await receptionToken(ctx);
  return issueStep(
    ctx,
    issueDays(ctx, m),
    async (serviceId, customerId) =>
      (await ok(ctx, 'queue.issue', { serviceId, customerId, print: false }, token)) as { ticket: { businessDay: string } },
  );
}

const issue: Measurement = {
  name: 'queue.issue',
  what:
    'queue.issue (print off) through dispatch as a receptionist, services A/B/C in turn, a third naming a customer: session check, zod, service, hours, daily cap, ' +
    "busy check, people ahead and estimated wait (tickets ahead on the shared counters, last 20 call-to-finish times per service), the day's highest number and the ticket row (which records its issue) in one IMMEDIATE transaction. " +
    `Each ${NUMBERS_PER_DAY} numbers fall on a business day of their own (the clock pinned to that day, ${ISSUE_GAP_MINUTES} min apart from 09:00), ` +
    `and the oldest ticket beyond ${KEEP_WAITING} waiting per service is marked served (untimed), so the day looks like a real one.`,
  floor: 'floor.commit',
  cost: 'write',
  target: { kind: 'ratio_p95', max: 2 },
  prepare: (ctx) => issuing(ctx, issue),
};

/** Issue 4 (reception and the queue): customer search as you type, issuing a number, a call reaching the displays. */
export const reception: Measurement[] = [
  search(
    'customers.search.last4',
    "customers.search through dispatch as a receptionist for the last four digits of a random customer's phone (phones ending with them: a range on the reversed digits, then starting with / containing them, up to 20), with their phones and tags.",
    false,
    (c) => c.phone.slice(-4),
  ),
  search(
    'customers.search.name',
    'customers.search through dispatch for the start of a random Chinese name, surname and first given character (王小 for 王小明): exact name, name prefix range, then two-character bigrams, up to 20.',
    true,
    (c) => surnameAndGivenStart(c.name),
  ),
  search(
    'customers.search.initials',
    'customers.search through dispatch for the pinyin initials of a random Chinese name (zs for 张三, wxm for 王小明): exact and prefix name ranges, then the initials prefix range, up to 20.',
    true,
    (c) => c.initials,
  ),
  issue,
  displayCall,
];
