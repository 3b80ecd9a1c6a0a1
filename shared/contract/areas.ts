import { z } from 'zod';
import { operation } from './define.ts';
import { approval, empty, id, isoInstant, locale, ok, optionalText, pin, text } from './fields.ts';
import { storeProfile, storeProfileInput } from './profile.ts';
import {
  staffChangeOwnPinInput,
  staffCreateInput,
  staffMember,
  staffSetPinInput,
  staffTile,
  staffUnlockInput,
  staffUpdateInput,
} from './staff.ts';
import { settings, settingsInput } from './settings.ts';
import { auditQuery, auditPage } from './audit.ts';
import { approvedFolder, backupFile, backupInspection } from './backup.ts';
import { demoContents, startRealShopInput } from './real-shop.ts';

export const setupOps = {
  'setup.status': operation({
    input: empty,
    output: z.strictObject({
      initialized: z.boolean(),
      storeName: z.string().nullable(),
      locale,
      demo: z.boolean(),
      /** Not set up yet because an admin wiped the demo store for the real shop. */
      fromDemo: z.boolean(),
    }),
    access: 'public',
    invalidates: [],
  }),
  'setup.initialize': operation({
    input: z.strictObject({ profile: storeProfileInput, admin: z.strictObject({ name: text(40), pin }) }),
    output: z.strictObject({ adminId: z.number().int() }),
    access: 'public',
    invalidates: ['setup.', 'auth.', 'store.'],
  }),
  'setup.loadDemo': operation({
    input: z.strictObject({ locale }),
    output: z.strictObject({
      staff: z.array(z.strictObject({ id: z.number().int(), name: z.string(), role: z.string(), pin: z.string() })),
    }),
    access: 'public',
    invalidates: ['setup.', 'auth.', 'store.'],
  }),
  /** What the demo store holds, for the confirmation before it is wiped. */
  'setup.demoContents': operation({ input: empty, output: demoContents, access: ['admin'], invalidates: [] }),
  /**
   * Wipes the demo store for the real shop: a fresh empty store (recording that it came from the demo)
   * takes the demo's place, everyone signs in again and first-run setup follows. Refused unless the
   * store is the demo.
   */
  'setup.startRealShop': operation({
    input: startRealShopInput,
    output: z.strictObject({ deleted: demoContents }),
    access: ['admin'],
    invalidates: [''],
  }),
};

export const authOps = {
  'auth.staffList': operation({
    input: empty,
    output: z.array(staffTile),
    access: 'public',
    invalidates: [],
  }),
  'auth.signIn': operation({
    input: z.strictObject({ staffId: id, pin }),
    output: z.strictObject({ token: z.string(), expiresAt: z.string(), staff: staffMember }),
    access: 'public',
    invalidates: ['auth.'],
  }),
  'auth.signOut': operation({ input: empty, output: ok, access: 'session', invalidates: [], whileLocked: true }),
  /** Locks the caller's session: its calls are refused (SESSION_LOCKED) until `auth.unlock` with the same staff member's PIN. */
  'auth.lock': operation({ input: empty, output: ok, access: 'session', invalidates: [], whileLocked: true }),
  'auth.unlock': operation({
    input: z.strictObject({ pin }),
    output: z.strictObject({ expiresAt: isoInstant }),
    access: 'session',
    invalidates: ['auth.staffList'],
    whileLocked: true,
  }),
  'auth.me': operation({
    input: empty,
    output: z.strictObject({ staff: staffMember, profile: storeProfile }),
    access: 'session',
    invalidates: [],
  }),
  'auth.checkApproval': operation({
    input: z.strictObject({ approval, action: text(60) }),
    output: z.strictObject({ approverId: z.number().int(), approverName: z.string() }),
    access: 'session',
    invalidates: ['auth.staffList'],
  }),
};

export const staffOps = {
  'staff.list': operation({
    input: z.strictObject({ includeInactive: z.boolean({ error: 'must be true or false' }).default(false) }),
    output: z.array(staffMember),
    access: ['manager', 'admin'],
    invalidates: [],
  }),
  'staff.create': operation({ input: staffCreateInput, output: staffMember, access: ['admin'], invalidates: ['staff.', 'auth.staffList'] }),
  'staff.update': operation({ input: staffUpdateInput, output: staffMember, access: ['admin'], invalidates: ['staff.', 'auth.'] }),
  'staff.setPin': operation({ input: staffSetPinInput, output: ok, access: ['admin'], invalidates: ['staff.', 'auth.staffList'] }),
  'staff.changeOwnPin': operation({ input: staffChangeOwnPinInput, output: ok, access: 'session', invalidates: [] }),
  'staff.unlock': operation({
    input: staffUnlockInput,
    output: staffMember,
    access: ['manager', 'admin'],
    invalidates: ['staff.', 'auth.staffList'],
  }),
};

export const storeOps = {
  'store.profile.get': operation({ input: empty, output: storeProfile, access: 'session', invalidates: [] }),
  'store.profile.update': operation({
    input: storeProfileInput,
    output: storeProfile,
    access: ['admin'],
    invalidates: ['store.', 'setup.', 'auth.me', 'display.'],
  }),
  'store.settings.get': operation({ input: empty, output: settings, access: 'session', invalidates: [] }),
  'store.settings.update': operation({
    input: settingsInput,
    output: settings,
    access: ['admin'],
    invalidates: ['store.', 'system.', 'display.'],
  }),
};

export const auditOps = {
  /** Filters and pages the whole audit log (a text filter scans every row's before/after JSON). */
  'audit.list': operation({ input: auditQuery, output: auditPage, access: ['manager', 'admin'], invalidates: [], runsOn: 'reader' }),
};

export const backupOps = {
  'backup.list': operation({ input: empty, output: z.array(backupFile), access: ['manager', 'admin'], invalidates: [] }),
  'backup.create': operation({
    input: z.strictObject({ folder: optionalText(500).optional() }),
    output: backupFile,
    access: ['manager', 'admin'],
    invalidates: ['backup.', 'audit.'],
  }),
  'backup.inspect': operation({ input: z.strictObject({ file: text(500) }), output: backupInspection, access: ['admin'], invalidates: [] }),
  'backup.restore': operation({
    input: z.strictObject({ file: text(500), approval }),
    output: z.strictObject({ restoredFrom: z.string(), keptAside: z.string() }),
    access: ['admin'],
    invalidates: [''],
  }),
  'backup.folders.list': operation({ input: empty, output: z.array(approvedFolder), access: ['manager', 'admin'], invalidates: [] }),
  /** A folder typed in the station server, confirmed with an admin's PIN (the desktop app approves through its own dialog). */
  'backup.folders.approve': operation({
    input: z.strictObject({ folder: text(500), approval }),
    output: approvedFolder,
    access: ['admin'],
    invalidates: ['backup.folders', 'audit.'],
  }),
  'backup.folders.withdraw': operation({
    input: z.strictObject({ folder: text(500) }),
    output: z.array(approvedFolder),
    access: ['admin'],
    invalidates: ['backup.folders', 'audit.'],
  }),
};

export const systemOps = {
  'system.info': operation({
    input: empty,
    output: z.strictObject({
      version: z.string(),
      dataDir: z.string(),
      dbFile: z.string(),
      schemaVersion: z.number().int(),
      startedAt: isoInstant,
      stationUrls: z.array(z.string()),
    }),
    access: 'session',
    invalidates: [],
  }),
};
