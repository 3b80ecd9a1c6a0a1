import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addStaff, ADMIN_PIN, count, makeTempDir, removeTempDirs, setUpStore } from '../support/core.ts';
import { api, startTestStation, type TestStation } from '../support/http.ts';

/**
 * Backups, restores and exported PDFs stay inside the data folder and the folders an admin approved:
 * `..`, other roots and symlinks that lead elsewhere are refused over HTTP, naming the field.
 */

const OUTSIDE = 'is outside the data folder and the folders an admin approved';

let s: TestStation | null = null;
afterEach(async () => {
  await s?.close();
  s = null;
  removeTempDirs();
});

async function station() {
  s = await startTestStation();
  const { adminId, adminToken } = await setUpStore(s.core);
  const manager = await addStaff(s.core, adminToken, 'manager', '60606060', 'Mia Manager');
  const call = (name: string, body: unknown, token = adminToken) => api(s!.url, `${name}`, body, token);
  return { ...s, adminId, adminToken, manager, call };
}

const refusal = (field: string) => ({ status: 400, body: { error: { code: 'VALIDATION', fields: { [field]: OUTSIDE } } } });

describe('where backups may go', () => {
  it('refuses ../.., an absolute folder elsewhere and a symlink out of the data folder, and writes nothing there', async () => {
    const w = await station();
    const elsewhere = makeTempDir('frontdesk-elsewhere-');
    fs.symlinkSync(elsewhere, path.join(w.dataDir, 'escape'), 'dir');

    for (const folder of ['../../etc', '..', elsewhere, 'escape', 'escape/deeper', `${w.dataDir}/../${path.basename(elsewhere)}`]) {
      expect(await w.call('backup.create', { folder }), folder).toMatchObject(refusal('folder'));
    }
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    expect(count(w.core, 'audit_log', "action = 'backup.create'")).toBe(0);
  });

  it('writes to the default folder, to backups/manual named relative to the data folder, and inside the data folder', async () => {
    const w = await station();
    const byDefault = await w.call('backup.create', {});
    expect(byDefault.status).toBe(200);
    const manual = fs.realpathSync(path.join(w.dataDir, 'backups', 'manual'));
    expect(path.dirname((byDefault.body as { file: string }).file)).toBe(manual);
    const named = await w.call('backup.create', { folder: 'backups/manual' });
    expect(path.dirname((named.body as { file: string }).file)).toBe(manual);
    const nested = await w.call('backup.create', { folder: 'backups/../exports/today' });
    expect(path.dirname((nested.body as { file: string }).file)).toBe(path.join(fs.realpathSync(w.dataDir), 'exports', 'today'));
  });

  it('writes to a folder an admin typed and confirmed with their PIN, audited, until it is withdrawn', async () => {
    const w = await station();
    const usb = makeTempDir('frontdesk-usb-');
    // A manager cannot approve, nor confirm for an admin; a relative or missing folder is refused.
    expect(
      (await w.call('backup.folders.approve', { folder: usb, approval: { approverId: w.adminId, pin: ADMIN_PIN } }, w.manager.token))
        .status,
    ).toBe(403);
    expect(await w.call('backup.folders.approve', { folder: usb, approval: { approverId: w.manager.id, pin: '60606060' } })).toMatchObject({
      status: 403,
      body: { error: { fields: { 'approval.approverId': 'must be an admin' } } },
    });
    expect(await w.call('backup.folders.approve', { folder: usb, approval: { approverId: w.adminId, pin: '00000000' } })).toMatchObject({
      body: { error: { code: 'WRONG_PIN' } },
    });
    expect(
      await w.call('backup.folders.approve', { folder: 'backups', approval: { approverId: w.adminId, pin: ADMIN_PIN } }),
    ).toMatchObject({
      body: { error: { fields: { folder: 'must be a full path' } } },
    });
    expect(
      await w.call('backup.folders.approve', { folder: path.join(usb, 'missing'), approval: { approverId: w.adminId, pin: ADMIN_PIN } }),
    ).toMatchObject({ body: { error: { fields: { folder: 'must be an existing folder' } } } });
    expect(await w.call('backup.folders.approve', { folder: '/', approval: { approverId: w.adminId, pin: ADMIN_PIN } })).toMatchObject({
      body: { error: { fields: { folder: 'must not be a whole disk' } } },
    });
    expect(await w.call('backup.create', { folder: usb })).toMatchObject(refusal('folder'));
    // A refused folder is refused before the PIN is looked at: a wrong one counts no attempt, and the
    // right one writes nothing (its check resets attempts and is audited).
    const writes = () => (s!.core.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const before = writes();
    expect(
      await w.call('backup.folders.approve', { folder: 'backups', approval: { approverId: w.adminId, pin: '00000000' } }),
    ).toMatchObject({
      body: { error: { code: 'VALIDATION', fields: { folder: 'must be a full path' } } },
    });
    expect(
      await w.call('backup.folders.approve', { folder: path.join(usb, 'missing'), approval: { approverId: w.adminId, pin: ADMIN_PIN } }),
    ).toMatchObject({ status: 400 });
    expect(writes()).toBe(before);

    const approved = await w.call('backup.folders.approve', { folder: usb, approval: { approverId: w.adminId, pin: ADMIN_PIN } });
    expect(approved).toMatchObject({ status: 200, body: { folder: fs.realpathSync(usb), via: 'typed' } });
    expect(
      w.core.db.prepare("SELECT actor_id, approver_id, entity_id FROM audit_log WHERE action = 'backup.folder.approve'").get(),
    ).toEqual({
      actor_id: w.adminId,
      approver_id: w.adminId,
      entity_id: fs.realpathSync(usb),
    });
    expect((await w.call('backup.folders.list', {}, w.manager.token)).body).toEqual([approved.body]);
    // A manager may now back up there, and into folders under it; the settings operation cannot add folders.
    const made = await w.call('backup.create', { folder: path.join(usb, 'march') }, w.manager.token);
    expect(made.status).toBe(200);
    expect(fs.existsSync((made.body as { file: string }).file)).toBe(true);
    await w.call('store.settings.update', { approvedFolders: [{ folder: '/etc', via: 'typed', approvedBy: null, approvedAt: '' }] });
    expect((await w.call('backup.folders.list', {})).body).toEqual([approved.body]);

    expect((await w.call('backup.folders.withdraw', { folder: fs.realpathSync(usb) })).status).toBe(200);
    expect(await w.call('backup.create', { folder: usb })).toMatchObject(refusal('folder'));
  });
});

describe('what may be restored and where PDFs go', () => {
  it('inspects and restores only files inside the data folder or an approved folder', async () => {
    const w = await station();
    const elsewhere = makeTempDir('frontdesk-elsewhere-');
    const made = (await w.call('backup.create', {})).body as { file: string };
    const outside = path.join(elsewhere, 'copy.sqlite');
    fs.copyFileSync(made.file, outside);
    fs.symlinkSync(outside, path.join(w.dataDir, 'linked.sqlite'));

    for (const file of [outside, '../../etc/passwd', 'linked.sqlite']) {
      expect(await w.call('backup.inspect', { file }), file).toMatchObject(refusal('file'));
    }
    const approval = { approverId: w.manager.id, pin: '60606060' };
    expect(await w.call('backup.restore', { file: outside, approval })).toMatchObject(refusal('file'));
    expect(await w.call('backup.inspect', { file: path.relative(w.dataDir, made.file) })).toMatchObject({
      status: 200,
      body: { ok: true },
    });
  });

  it('refuses to save a PDF outside the data folder and the approved folders', async () => {
    const w = await station();
    const elsewhere = makeTempDir('frontdesk-elsewhere-');
    for (const folder of ['../..', elsewhere]) {
      expect(await w.call('print.pdf', { document: { kind: 'testPage' }, folder }), folder).toMatchObject(refusal('folder'));
    }
  });
});
