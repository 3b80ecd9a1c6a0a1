import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock.ts';
import type { Core } from '../../electron/core/core.ts';
import { enqueuePrint, printingPorts, startPrinting, stopPrinting } from '../../electron/core/printing/index.ts';
import type { PdfRenderer } from '../../electron/core/printing/pdf.ts';
import { CupsPrinting, NoSystemPrinting, parseLpstat } from '../../electron/core/printing/system.ts';
import { addStaff, makeCore, makeTempDir, op, PROFILE, removeTempDirs, setUpStore, tryOp } from '../support/core.ts';
import { arrayContaining, objectContaining, stringContaining } from '../support/matchers.ts';

/** The print.* operations: printers, routes, previews, jobs, and system printing through CUPS stand-ins. */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  removeTempDirs();
});

async function world() {
  const t = makeCore();
  cleanups.push(() => t.core.close());
  cleanups.push(() => stopPrinting(t.core));
  const { adminToken } = await setUpStore(t.core);
  return { ...t, adminToken };
}

const network = (over: Record<string, unknown> = {}) => ({
  name: 'Front desk',
  connection: 'network',
  host: '192.168.1.50',
  paper: '80mm',
  ...over,
});

async function fieldsOf(core: Core, name: string, input: unknown, token: string) {
  const r = await tryOp(core, name, input, token);
  if (r.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`);
  return r.error;
}

describe('printers', () => {
  it('adds a network printer with port 9100 by default, lists it, edits and removes it with audit rows', async () => {
    const w = await world();
    const p = await op(w.core, 'print.printers.save', network(), w.adminToken);
    expect(p).toMatchObject({
      name: 'Front desk',
      connection: 'network',
      host: '192.168.1.50',
      port: 9100,
      language: 'escpos',
      paper: '80mm',
      systemName: null,
    });
    const edited = await op(w.core, 'print.printers.save', network({ id: p.id, port: 9101, paper: '58mm' }), w.adminToken);
    expect(edited).toMatchObject({ id: p.id, port: 9101, paper: '58mm' });
    expect(await op(w.core, 'print.printers.list', {}, w.adminToken)).toHaveLength(1);
    await op(w.core, 'print.printers.remove', { id: p.id }, w.adminToken);
    expect(await op(w.core, 'print.printers.list', {}, w.adminToken)).toHaveLength(0);
    const audit = await op(w.core, 'audit.list', { action: 'print.printer' }, w.adminToken);
    expect(audit.rows.map((r) => r.action)).toEqual(['print.printer.remove', 'print.printer.update', 'print.printer.create']);
    expect(audit.rows[1]).toMatchObject({ before: { port: 9100 }, after: { port: 9101 } });
  });

  it('names the field for a bad address, port, paper or a duplicate name', async () => {
    const w = await world();
    expect((await fieldsOf(w.core, 'print.printers.save', network({ host: 'not a host!' }), w.adminToken)).fields).toEqual({
      host: 'must be an IP address or host name, such as 192.168.1.50',
    });
    expect((await fieldsOf(w.core, 'print.printers.save', network({ host: '999.1.1.1' }), w.adminToken)).fields).toHaveProperty('host');
    expect((await fieldsOf(w.core, 'print.printers.save', network({ port: 0 }), w.adminToken)).fields).toEqual({
      port: 'must be between 1 and 65535',
    });
    expect((await fieldsOf(w.core, 'print.printers.save', network({ paper: 'A4' }), w.adminToken)).fields).toEqual({
      paper: 'a thermal printer takes 58mm, 80mm or label40x30 paper',
    });
    expect((await fieldsOf(w.core, 'print.printers.save', { name: 'x', connection: 'usb' }, w.adminToken)).fields).toHaveProperty(
      'connection',
    );
    await op(w.core, 'print.printers.save', network(), w.adminToken);
    expect(await fieldsOf(w.core, 'print.printers.save', network({ host: 'printer.local' }), w.adminToken)).toMatchObject({
      code: 'CONFLICT',
      fields: { name: 'is already the name of another printer' },
    });
  });

  it('lets staff list printers and print, but only an admin configure them', async () => {
    const w = await world();
    const reception = await addStaff(w.core, w.adminToken, 'reception', '246813');
    expect((await fieldsOf(w.core, 'print.printers.save', network(), reception.token)).code).toBe('FORBIDDEN');
    expect(
      (
        await fieldsOf(
          w.core,
          'print.routes.save',
          { routes: [{ kind: 'receipt', printerId: null, paper: '80mm', copies: 1 }] },
          reception.token,
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(await op(w.core, 'print.printers.list', {}, reception.token)).toEqual([]);
    expect((await op(w.core, 'print.jobs.list', {}, reception.token)).rows).toEqual([]);
    expect(await fieldsOf(w.core, 'print.pdf', { document: { kind: 'testPage' }, folder: makeTempDir() }, reception.token)).toMatchObject({
      code: 'FORBIDDEN',
      fields: { folder: 'may only be chosen by a manager or admin' },
    });
  });
});

describe('routes: which printer prints what', () => {
  it('adding the first printer points every document without a printer at it, audited as a route change; a second one changes nothing', async () => {
    const w = await world();
    const ctx = { core: w.core, actor: null, origin: 'test' };
    const slip = { kind: 'queueSlip' as const, title: 'A001', locale: 'en' as const, blocks: [{ t: 'text' as const, text: 'A001' }] };
    const first = await op(w.core, 'print.printers.save', network({ paper: '58mm' }), w.adminToken);
    expect(first.routesSet).toEqual(['queueSlip', 'jobTicket', 'deviceLabel', 'deliveryNote', 'receipt', 'report']);
    const routes = await op(w.core, 'print.routes.get', {}, w.adminToken);
    expect(routes.map((r) => [r.kind, r.printerId, r.paper, r.copies])).toEqual([
      ['queueSlip', first.id, '58mm', 1],
      ['jobTicket', first.id, '58mm', 1],
      ['deviceLabel', first.id, '58mm', 1],
      ['deliveryNote', first.id, '58mm', 1],
      ['receipt', first.id, '58mm', 1],
      ['report', first.id, '58mm', 1],
    ]);
    // A slip now prints by its route, with no other step.
    expect(enqueuePrint(ctx, { kind: 'queueSlip', document: slip })).toMatchObject({ printerId: first.id, paper: '58mm' });
    const audit = await op(w.core, 'audit.list', { action: 'print.routes.update' }, w.adminToken);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({
      entity: 'print_routes',
      after: arrayContaining([objectContaining({ kind: 'queueSlip', printerId: first.id })]),
    });

    const second = await op(w.core, 'print.printers.save', network({ name: 'Back office', host: '192.168.1.51' }), w.adminToken);
    expect(second.routesSet).toEqual([]);
    expect((await op(w.core, 'print.routes.get', {}, w.adminToken)).every((r) => r.printerId === first.id)).toBe(true);
    const edited = await op(w.core, 'print.printers.save', network({ id: first.id, paper: '80mm' }), w.adminToken);
    expect(edited.routesSet).toEqual([]);
    expect((await op(w.core, 'audit.list', { action: 'print.routes.update' }, w.adminToken)).rows).toHaveLength(1);
  });

  it('a printer added after every printer was removed again takes the documents left without one', async () => {
    const w = await world();
    const first = await op(w.core, 'print.printers.save', network(), w.adminToken);
    await op(w.core, 'print.routes.save', { routes: [{ kind: 'report', printerId: null, paper: 'A4', copies: 1 }] }, w.adminToken);
    await op(w.core, 'print.printers.remove', { id: first.id }, w.adminToken);
    expect((await op(w.core, 'print.routes.get', {}, w.adminToken)).every((r) => r.printerId === null)).toBe(true);
    const next = await op(w.core, 'print.printers.save', network({ name: 'New desk' }), w.adminToken);
    expect(next.routesSet).toHaveLength(6);
  });

  it('starts unrouted with sensible papers, saves a route, and prints by it', async () => {
    const w = await world();
    const routes = await op(w.core, 'print.routes.get', {}, w.adminToken);
    expect(routes.map((r) => [r.kind, r.printerId, r.paper])).toEqual([
      ['queueSlip', null, '80mm'],
      ['jobTicket', null, '80mm'],
      ['deviceLabel', null, 'label40x30'],
      ['deliveryNote', null, '80mm'],
      ['receipt', null, '80mm'],
      ['report', null, 'A4'],
    ]);
    const ctx = { core: w.core, actor: null, origin: 'test' };
    const doc = { kind: 'receipt' as const, title: 'R', locale: 'en' as const, blocks: [{ t: 'text' as const, text: 'hi' }] };
    expect(() => enqueuePrint(ctx, { kind: 'receipt', document: doc })).toThrow(/No printer is chosen for receipt/);

    const p = await op(w.core, 'print.printers.save', network(), w.adminToken);
    const saved = await op(
      w.core,
      'print.routes.save',
      { routes: [{ kind: 'receipt', printerId: p.id, paper: '58mm', copies: 2 }] },
      w.adminToken,
    );
    expect(saved.find((r) => r.kind === 'receipt')).toEqual({ kind: 'receipt', printerId: p.id, paper: '58mm', copies: 2 });
    expect(enqueuePrint(ctx, { kind: 'receipt', document: doc })).toMatchObject({
      printerId: p.id,
      paper: '58mm',
      copies: 2,
      status: 'queued',
    });
  });

  it('refuses A4 on a thermal printer and a removed printer, naming the route field', async () => {
    const w = await world();
    const p = await op(w.core, 'print.printers.save', network(), w.adminToken);
    expect(
      (await fieldsOf(w.core, 'print.routes.save', { routes: [{ kind: 'report', printerId: p.id, paper: 'A4', copies: 1 }] }, w.adminToken))
        .fields,
    ).toEqual({
      'routes.0.paper': 'a thermal printer takes 58mm, 80mm or label40x30 paper',
    });
    expect(
      (await fieldsOf(w.core, 'print.routes.save', { routes: [{ kind: 'report', printerId: 999, paper: 'A4', copies: 1 }] }, w.adminToken))
        .fields,
    ).toHaveProperty('routes.0.printerId');
    expect(
      (
        await fieldsOf(
          w.core,
          'print.routes.save',
          { routes: [{ kind: 'report', printerId: null, paper: 'A4', copies: 11 }] },
          w.adminToken,
        )
      ).fields,
    ).toEqual({ 'routes.0.copies': 'must be at most 10' });
    await op(w.core, 'print.routes.save', { routes: [{ kind: 'receipt', printerId: p.id, paper: '80mm', copies: 1 }] }, w.adminToken);
    await op(w.core, 'print.printers.remove', { id: p.id }, w.adminToken);
    expect((await op(w.core, 'print.routes.get', {}, w.adminToken)).find((r) => r.kind === 'receipt')?.printerId).toBeNull();
  });
});

describe('previews', () => {
  it('previews the test page as a self-contained page with inline SVG codes and escaped text', async () => {
    const w = await world();
    await op(w.core, 'store.profile.update', { ...PROFILE, name: 'Fix <script>alert(1)</script> & Co' }, w.adminToken);
    const p = await op(w.core, 'print.printers.save', network({ paper: '58mm' }), w.adminToken);
    const preview = await op(w.core, 'print.preview', { document: { kind: 'testPage', printerId: p.id } }, w.adminToken);
    expect(preview.paper).toBe('58mm');
    expect(preview.html).toContain("default-src 'none'");
    expect(preview.html).toContain('Fix &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(preview.html).not.toContain('<script>');
    expect(preview.html.match(/<svg /g)).toHaveLength(2);
    expect(preview.document.blocks[0]).toMatchObject({ t: 'text', text: 'Fix <script>alert(1)</script> & Co' });
    // A thermal printer cannot take A4: the preview falls back to its paper.
    expect((await op(w.core, 'print.preview', { document: { kind: 'testPage', printerId: p.id }, paper: 'A4' }, w.adminToken)).paper).toBe(
      '58mm',
    );
    const job = await op(w.core, 'print.testPage', { printerId: p.id }, w.adminToken);
    const again = await op(w.core, 'print.jobs.preview', { id: job.id }, w.adminToken);
    expect(again.html).toContain(`FD-T${String(job.id).padStart(6, '0')}`);
  });
});

describe('system printers', () => {
  it('says plainly when this machine has no system printing', async () => {
    const w = await world();
    const sys = new NoSystemPrinting();
    startPrinting(w.core, { system: sys, pdf: { render: () => Promise.resolve(Buffer.from('')), close: () => Promise.resolve() } });
    expect(await op(w.core, 'print.systemPrinters', {}, w.adminToken)).toEqual({
      source: 'none',
      printers: [],
      message: stringContaining('CUPS'),
    });
    expect(printingPorts(w.core).system).toBe(sys);
  });

  it('reads lpstat', () => {
    const out =
      'printer office_laser is idle.  enabled since Mon 02 Mar 2026\nprinter receipt58 disabled since Mon 02 Mar 2026 -\n\treason unknown\nsystem default destination: office_laser\n';
    expect(parseLpstat(out)).toEqual([
      { name: 'office_laser', isDefault: true, status: 'idle' },
      { name: 'receipt58', isDefault: false, status: 'disabled' },
    ]);
  });

  it('prints pages (PDF) and raw ESC/POS through lp, and fails clearly when lp does', async () => {
    const w = await world();
    const bin = makeTempDir('frontdesk-fake-cups-');
    const out = makeTempDir('frontdesk-fake-cups-out-');
    const log = path.join(out, 'lp.log');
    fs.writeFileSync(
      path.join(bin, 'lp'),
      `#!/bin/sh\necho "$@" >> "${log}"\nfor last; do :; done\ncase "$*" in *broken*) echo "lp: The printer or class does not exist." >&2; exit 1;; esac\ncp "$last" "${out}/job-$(ls "${out}" | wc -l).bin"\necho "request id is x-1 (1 file(s))"\n`,
      { mode: 0o755 },
    );
    fs.writeFileSync(
      path.join(bin, 'lpstat'),
      `#!/bin/sh\necho "printer office_laser is idle.  enabled since today"\necho "system default destination: office_laser"\n`,
      { mode: 0o755 },
    );
    const pdf: PdfRenderer = {
      render: (html, paper) => Promise.resolve(Buffer.from(`%PDF-stand-in ${paper} ${html.length}`)),
      close: () => Promise.resolve(),
    };
    const system = new CupsPrinting({ pdf, lp: path.join(bin, 'lp'), lpstat: path.join(bin, 'lpstat') });
    startPrinting(w.core, { pdf, system, clock: systemClock, retryDelaysMs: [20] });
    expect(await op(w.core, 'print.systemPrinters', {}, w.adminToken)).toEqual({
      source: 'cups',
      printers: [{ name: 'office_laser', isDefault: true, status: 'idle' }],
      message: null,
    });

    const laser = await op(
      w.core,
      'print.printers.save',
      { name: 'Office', connection: 'system', systemName: 'office_laser', paper: 'A4' },
      w.adminToken,
    );
    const thermal = await op(
      w.core,
      'print.printers.save',
      { name: 'USB receipt', connection: 'system', systemName: 'usb58', language: 'escpos', paper: '58mm' },
      w.adminToken,
    );
    const broken = await op(
      w.core,
      'print.printers.save',
      { name: 'Broken', connection: 'system', systemName: 'broken', paper: 'A4' },
      w.adminToken,
    );
    const a = await op(w.core, 'print.testPage', { printerId: laser.id }, w.adminToken);
    const b = await op(w.core, 'print.testPage', { printerId: thermal.id }, w.adminToken);
    const c = await op(w.core, 'print.testPage', { printerId: broken.id }, w.adminToken);
    const settled = async (id: number) => {
      for (let i = 0; i < 200; i++) {
        const row = w.core.db.prepare('SELECT status, last_error_code, last_error FROM print_jobs WHERE id = ?').get(id) as {
          status: string;
          last_error_code: string | null;
          last_error: string | null;
        };
        if (row.status === 'done' || row.status === 'failed') return row;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`job ${id} did not settle`);
    };
    expect(await settled(a.id)).toMatchObject({ status: 'done' });
    expect(await settled(b.id)).toMatchObject({ status: 'done' });
    const fail = await settled(c.id);
    expect(fail).toMatchObject({ status: 'failed', last_error_code: 'SYSTEM_PRINT_FAILED' });
    expect(fail.last_error).toContain('The printer or class does not exist');

    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    expect(lines.find((l) => l.includes('office_laser'))).toMatch(/-d office_laser -n 1 -t .* -o media=A4 -o fit-to-page /);
    expect(lines.find((l) => l.includes('usb58'))).toMatch(/-d usb58 -n 1 -t .* -o raw /);
    const files = fs
      .readdirSync(out)
      .filter((f) => f.endsWith('.bin'))
      .map((f) => fs.readFileSync(path.join(out, f)));
    expect(files.some((f) => f.subarray(0, 13).toString() === '%PDF-stand-in')).toBe(true);
    expect(files.some((f) => f[0] === 0x1b && f[1] === 0x40)).toBe(true);
  });
});
