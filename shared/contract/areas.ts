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
import { backupFile, backupInspection } from './backup.ts';

export const setupOps = {
  'setup.status': operation({
    input: empty,
    output: z.object({
      initialized: z.boolean(),
      storeName: z.string().nullable(),
      locale,
      demo: z.boolean(),
    }),
    access: 'public',
    invalidates: [],
  }),
  'setup.initialize': operation({
    input: z.object({ profile: storeProfileInput, admin: z.object({ name: text(40), pin }) }),
    output: z.object({ adminId: z.number().int() }),
    access: 'public',
    invalidates: ['setup.', 'auth.', 'store.'],
  }),
  'setup.loadDemo': operation({
    input: z.object({ locale }),
    output: z.object({ staff: z.array(z.object({ id: z.number().int(), name: z.string(), role: z.string(), pin: z.string() })) }),
    access: 'public',
    invalidates: ['setup.', 'auth.', 'store.'],
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
    input: z.object({ staffId: id, pin }),
    output: z.object({ token: z.string(), expiresAt: z.string(), staff: staffMember }),
    access: 'public',
    invalidates: ['auth.'],
  }),
  'auth.signOut': operation({ input: empty, output: ok, access: 'session', invalidates: [] }),
  'auth.me': operation({
    input: empty,
    output: z.object({ staff: staffMember, profile: storeProfile }),
    access: 'session',
    invalidates: [],
  }),
  'auth.checkApproval': operation({
    input: z.object({ approval, action: text(60) }),
    output: z.object({ approverId: z.number().int(), approverName: z.string() }),
    access: 'session',
    invalidates: ['auth.staffList'],
  }),
};

export const staffOps = {
  'staff.list': operation({
    input: z.object({ includeInactive: z.boolean({ error: 'must be true or false' }).default(false) }),
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
    input: z.object({ folder: optionalText(500).optional() }),
    output: backupFile,
    access: ['manager', 'admin'],
    invalidates: ['backup.', 'audit.'],
  }),
  'backup.inspect': operation({ input: z.object({ file: text(500) }), output: backupInspection, access: ['admin'], invalidates: [] }),
  'backup.restore': operation({
    input: z.object({ file: text(500), approval }),
    output: z.object({ restoredFrom: z.string(), keptAside: z.string() }),
    access: ['admin'],
    invalidates: [''],
  }),
};

export const systemOps = {
  'system.info': operation({
    input: empty,
    output: z.object({
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
