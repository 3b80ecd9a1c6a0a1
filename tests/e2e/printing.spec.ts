import net from 'node:net';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { signIn, watchConsole } from './console-pages.ts';
import { parseEscPos, refusedPort } from '../integration/print-fake-printer.ts';

const STATUS_REQUEST = Buffer.from([0x10, 0x04, 0x01]);
const CUT = Buffer.from([0x1d, 0x56]);

/**
 * A network receipt printer on loopback: keeps every connection's bytes and, once the data ends
 * with the DLE EOT 1 status request, answers it with one status byte (0x12: online, no error). It
 * never closes a connection itself, so only the answer tells the station the page was taken.
 */
async function startListener(): Promise<{ port: number; connections: Buffer[]; close: () => Promise<void> }> {
  const connections: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  // Half-open allowed: the station's end of data must not close our side for us.
  const server = net.createServer({ allowHalfOpen: true }, (socket) => {
    sockets.add(socket);
    const index = connections.push(Buffer.alloc(0)) - 1;
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      connections[index] = Buffer.concat([connections[index] as Buffer, chunk]);
      if (!answered && connections[index].subarray(-STATUS_REQUEST.length).equals(STATUS_REQUEST)) {
        answered = true;
        socket.write(Buffer.from([0x12]));
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    connections,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Adds a network thermal printer through the dialog, as an admin would. */
async function addNetworkPrinter(page: Page, name: string, port: number): Promise<void> {
  await page.getByRole('button', { name: 'Add network printer' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a network thermal printer' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Address' }).fill('127.0.0.1');
  await dialog.getByRole('textbox', { name: 'Port' }).fill(String(port));
  await dialog.getByRole('combobox', { name: 'Paper' }).click();
  await page.getByRole('option', { name: '80 mm roll' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('printer-row').filter({ hasText: name });
  await expect(row).toContainText(`Network 127.0.0.1:${port}`);
  await expect(row).toContainText('80 mm roll');
}

/** Switches the Printers tab to its "Print problems" view (problems, then recent prints). */
async function showPrintProblems(page: Page): Promise<void> {
  await page
    .getByRole('radiogroup')
    .getByText(/^Print problems/)
    .click();
  await expect(page.getByRole('heading', { name: 'Recent prints' })).toBeVisible();
}

/** A job's line in the recent prints, by its number. */
function recentPrint(page: Page, jobId: number) {
  return page.getByTestId('print-job').filter({ has: page.getByText(`Test page · #${jobId}`, { exact: true }) });
}

/**
 * Opens the print problems view and waits, without reloading, until `check` passes: the list on screen
 * must change by itself when the worker finishes a job (the station's `print.jobs` invalidate events).
 */
async function untilShown(page: Page, check: () => Promise<void>): Promise<void> {
  await showPrintProblems(page);
  await expect(check).toPass({ timeout: 20_000, intervals: [250, 500, 1_000] });
}

async function expectRecentPrint(page: Page, jobId: number, printerName: string, status: string): Promise<void> {
  await untilShown(page, async () => {
    const row = recentPrint(page, jobId);
    await expect(row).toContainText(printerName, { timeout: 2_000 });
    await expect(row).toContainText(status, { timeout: 1_000 });
  });
}

/** Reads the print queue the way the console does (its own API, with the signed-in session): read only. */
async function jobsOf(page: Page, printerName: string) {
  const rows = await page.evaluate(async () => {
    const token = sessionStorage.getItem('frontdesk.session');
    const response = await fetch('./api/print.jobs.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ limit: 50 }),
    });
    return ((await response.json()) as { rows: Record<string, unknown>[] }).rows;
  });
  return rows.filter((r) => r.printerName === printerName) as {
    id: number;
    kind: string;
    status: string;
    attempts: number;
    lastErrorCode: string | null;
    lastError: string | null;
    nextAttemptAt: string | null;
    reprintOf: number | null;
    supersededBy: number | null;
  }[];
}

test('printers: the first printer takes every document; a test page prints or says in red why not; a failed one is sent to the working printer; a printed one prints again marked REPRINT', async ({
  page,
  demoStation,
}) => {
  const watch = watchConsole(page);
  const printer = await startListener();
  const deadPort = await refusedPort();
  try {
    await page.goto(demoStation.url);
    await signIn(page, 'Alex Owner', '1111');
    // 0. No printer yet: the reception desk says slips are not printed, rather than staying silent.
    await page.goto(`${demoStation.url}#/reception`);
    await expect(page.getByTestId('slip-printer-warning')).toContainText('Queue slips are not printed: no printer is chosen for them.');
    await page.goto(`${demoStation.url}#/settings/printers`);
    const showPrinters = () => page.getByRole('radiogroup').getByText('Printers', { exact: true }).click();

    // 1. A working printer: added through the dialog, it takes every document (and says so); its
    // test page printed from its row turns into a green "printed" once the printer answered.
    await showPrinters();
    await addNetworkPrinter(page, 'Front counter', printer.port);
    await expect(page.getByText('Front counter now prints your documents')).toBeVisible();
    await expect(
      page.getByText('Queue slip, Job ticket, Device label, Delivery note, Receipt, and Report now print on Front counter.'),
    ).toBeVisible();
    await page.getByTestId('printer-row').filter({ hasText: 'Front counter' }).getByRole('button', { name: 'Print test page' }).click();
    await expect(page.getByText('The test page printed on Front counter.')).toBeVisible({ timeout: 15_000 });

    await expect.poll(() => printer.connections.length, { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => printer.connections[0]?.subarray(-STATUS_REQUEST.length).equals(STATUS_REQUEST), { timeout: 15_000 })
      .toBe(true);
    const page1 = printer.connections[0] as Buffer;
    expect(page1.includes(Buffer.from('Demo Phone Repair', 'ascii'))).toBe(true);
    expect(page1.includes(CUT)).toBe(true);
    // Every byte is a command the renderer writes or printable text, and the text is GB18030 (the
    // test page carries the other language, Chinese, under the English).
    const tokens = parseEscPos(page1);
    expect(tokens.filter((t) => 'cmd' in t && t.cmd === 'cut')).toHaveLength(1);
    const text = tokens.map((t) => ('text' in t ? iconv.decode(t.text, 'gb18030') : '\n')).join('');
    expect(text).toContain('Demo Phone Repair');
    expect(text).toContain('打印机测试页');
    expect(text).toContain(`Network 127.0.0.1:${printer.port}`);

    const [counterJob] = await jobsOf(page, 'Front counter');
    expect(counterJob?.kind).toBe('testPage');
    await expectRecentPrint(page, counterJob!.id, 'Front counter', 'Printed');
    await expect(recentPrint(page, counterJob!.id)).toContainText('Printer test page');
    await expect(page.getByTestId('print-problems-empty')).toBeVisible();

    // 2. A printer nobody answers at: the test page is tried once, and the answer is a red message
    // with the reason, never a green toast. Routes stay on the first printer.
    await showPrinters();
    await addNetworkPrinter(page, 'Back office (off)', deadPort);
    await expect(page.getByText('Printer saved.')).toBeVisible();
    await page.getByTestId('printer-row').filter({ hasText: 'Back office (off)' }).getByRole('button', { name: 'Print test page' }).click();
    const failedNotice = page.locator('.mantine-Notification-root').filter({ hasText: 'The test page did not print on Back office (off)' });
    await expect(failedNotice).toContainText('The printer refused the connection. Is it switched on, and is the port right?', {
      timeout: 15_000,
    });
    expect(await failedNotice.getAttribute('style')).toContain('--notification-color: var(--mantine-color-red-filled)');
    await expect(page.getByText('Test page sent to')).toHaveCount(0);
    const [refused] = await jobsOf(page, 'Back office (off)');
    expect(refused).toMatchObject({ status: 'failed', attempts: 1, lastErrorCode: 'CONNECT_REFUSED', nextAttemptAt: null });
    expect(refused?.lastError).toContain(`The printer at 127.0.0.1:${deadPort} refused the connection`);

    // The console lists it among the print problems, with the refusal, so someone at the desk can
    // send it elsewhere.
    await expectRecentPrint(page, refused!.id, 'Back office (off)', 'Failed');
    const problem = page.getByTestId('print-problem');
    await untilShown(page, async () => {
      await expect(problem).toHaveCount(1, { timeout: 2_000 });
    });
    await expect(problem).toContainText(`Test page · #${refused!.id}`);
    await expect(problem).toContainText('Back office (off)');
    await expect(problem).toContainText('The printer refused the connection');
    await expect(problem, "the station's English detail stays in the record").not.toContainText(`127.0.0.1:${deadPort}`);
    expect(printer.connections).toHaveLength(1);

    await problem.getByRole('combobox', { name: 'Send to…' }).click();
    await page.getByRole('option', { name: 'Front counter' }).click();
    await problem.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByText('Sent again.')).toBeVisible();

    await expect.poll(() => printer.connections.length, { timeout: 15_000 }).toBe(2);
    await expect
      .poll(() => printer.connections[1]?.subarray(-STATUS_REQUEST.length).equals(STATUS_REQUEST), { timeout: 15_000 })
      .toBe(true);
    const page2 = printer.connections[1] as Buffer;
    // The stored test page of the refusing printer, now on the working one.
    expect(page2.includes(Buffer.from('Back office (off)', 'ascii'))).toBe(true);
    expect(page2.includes(Buffer.from('Demo Phone Repair', 'ascii'))).toBe(true);
    expect(parseEscPos(page2).filter((t) => 'cmd' in t && t.cmd === 'cut')).toHaveLength(1);
    const resent = (await jobsOf(page, 'Front counter')).find((j) => j.reprintOf === refused!.id);
    expect(resent).toBeDefined();
    await expectRecentPrint(page, resent!.id, 'Front counter', 'Printed');
    await expect(recentPrint(page, resent!.id)).toContainText(`Printer test page ${String(refused!.id).padStart(6, '0')}`);
    await expect(page.getByTestId('print-problems-empty')).toBeVisible();
    // It never printed before, so the paper carries no reprint mark.
    expect(page2.includes(Buffer.from('REPRINT', 'ascii'))).toBe(false);
    expect(printer.connections).toHaveLength(2);

    // 3. The history prints a printed document again, marked REPRINT on the paper.
    await recentPrint(page, counterJob!.id).getByRole('button', { name: 'Print again' }).click();
    await expect(page.getByText('Printing again, marked REPRINT.')).toBeVisible();
    await expect.poll(() => printer.connections.length, { timeout: 15_000 }).toBe(3);
    await expect
      .poll(() => printer.connections[2]?.subarray(-STATUS_REQUEST.length).equals(STATUS_REQUEST), { timeout: 15_000 })
      .toBe(true);
    const page3 = printer.connections[2] as Buffer;
    expect(page3.includes(Buffer.from('*** REPRINT ***', 'ascii'))).toBe(true);
    expect(page3.includes(Buffer.from(`FD-T${String(counterJob!.id).padStart(6, '0')}`, 'ascii'))).toBe(true);

    // 4. With a printer for slips, the desk no longer warns.
    await page.goto(`${demoStation.url}#/reception`);
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(page.getByTestId('slip-printer-warning')).toHaveCount(0);

    expect(watch.problems).toEqual([]);
  } finally {
    await printer.close();
  }
});
