import type { ReactNode } from 'react';
import { lazyScreen } from '../components/lazyScreen.tsx';
import {
  IconArrowsExchange,
  IconCalendarTime,
  IconCash,
  IconCashRegister,
  IconHistory,
  IconListNumbers,
  IconPackage,
  IconReportAnalytics,
  IconSettings,
  IconTool,
  IconUserPlus,
  IconUsers,
  IconReceiptRefund,
  type Icon,
} from '@tabler/icons-react';
import { ROLES, type Role } from '../../../shared/roles.ts';

// Each screen is its own chunk: the console opens on the first without loading the rest.
const PlaceholderScreen = lazyScreen(() => import('../screens/placeholder/PlaceholderScreen.tsx').then((m) => m.PlaceholderScreen));
const SettingsScreen = lazyScreen(() => import('../screens/settings/SettingsScreen.tsx').then((m) => m.SettingsScreen));
const AuditScreen = lazyScreen(() => import('../screens/audit/AuditScreen.tsx').then((m) => m.AuditScreen));
const AppointmentsScreen = lazyScreen(() => import('../screens/appointments/AppointmentsScreen.tsx').then((m) => m.AppointmentsScreen));
const ReceptionScreen = lazyScreen(() => import('../screens/reception/ReceptionScreen.tsx').then((m) => m.ReceptionScreen));
const CounterScreen = lazyScreen(() => import('../screens/queue/CounterScreen.tsx').then((m) => m.CounterScreen));
const JobsRoutes = lazyScreen(() => import('../screens/jobs/JobsRoutes.tsx').then((m) => m.JobsRoutes));
const CashierRoutes = lazyScreen(() => import('../screens/cashier/CashierRoutes.tsx').then((m) => m.CashierRoutes));
const CustomersScreen = lazyScreen(() => import('../screens/customers/CustomersScreen.tsx').then((m) => m.CustomersScreen));

type ScreenKey = 'reception' | 'queue' | 'jobs' | 'cashier' | 'handover' | 'reports' | 'settings' | 'audit' | 'appointments' | 'customers';

/** A page inside a screen that the navbar and the command palette list under it (`/jobs/ready`). */
interface SubScreenDef {
  key: string;
  path: string;
  icon: Icon;
  /** Its name in the catalogues (`namespace:key`). */
  label: string;
}

export interface ScreenDef {
  key: ScreenKey;
  /** The route; `/settings` also takes a tab (`/settings/staff`). */
  path: string;
  icon: Icon;
  /** The function key that opens it (Alt+digit works too). */
  fkey: `F${number}`;
  roles: readonly Role[];
  element: ReactNode;
  /** The screen routes below its path itself (`/customers/12`). */
  subroutes?: boolean;
  /** Pages of its own listed under it. */
  pages?: readonly SubScreenDef[];
}

/**
 * The console's screens in navigation order. A later feature replaces a placeholder's `element` with
 * its screen; the navbar, the shortcuts and the command palette all follow this list.
 */
const SCREENS: readonly ScreenDef[] = [
  { key: 'reception', path: '/reception', icon: IconUserPlus, fkey: 'F1', roles: ROLES, element: <ReceptionScreen /> },
  { key: 'queue', path: '/queue', icon: IconListNumbers, fkey: 'F2', roles: ROLES, element: <CounterScreen /> },
  { key: 'appointments', path: '/appointments', icon: IconCalendarTime, fkey: 'F3', roles: ROLES, element: <AppointmentsScreen /> },
  { key: 'customers', path: '/customers', icon: IconUsers, fkey: 'F4', roles: ROLES, element: <CustomersScreen />, subroutes: true },
  {
    key: 'jobs',
    path: '/jobs',
    icon: IconTool,
    fkey: 'F5',
    roles: ROLES,
    element: <JobsRoutes />,
    subroutes: true,
    pages: [{ key: 'jobsReady', path: '/jobs/ready', icon: IconPackage, label: 'jobReady:nav' }],
  },
  {
    key: 'cashier',
    path: '/cashier',
    icon: IconCash,
    fkey: 'F6',
    roles: ['cashier', 'manager', 'admin'],
    element: <CashierRoutes />,
    subroutes: true,
    pages: [
      { key: 'cashierDrawer', path: '/cashier/drawer', icon: IconCashRegister, label: 'cashierDrawer:nav' },
      { key: 'cashierRefund', path: '/cashier/refund', icon: IconReceiptRefund, label: 'cashierRefund:nav' },
    ],
  },
  {
    key: 'handover',
    path: '/handover',
    icon: IconArrowsExchange,
    fkey: 'F7',
    roles: ROLES,
    element: <PlaceholderScreen screen="handover" />,
  },
  {
    key: 'reports',
    path: '/reports',
    icon: IconReportAnalytics,
    fkey: 'F8',
    roles: ROLES,
    element: <PlaceholderScreen screen="reports" />,
  },
  { key: 'settings', path: '/settings', icon: IconSettings, fkey: 'F9', roles: ROLES, element: <SettingsScreen /> },
  { key: 'audit', path: '/audit', icon: IconHistory, fkey: 'F10', roles: ['manager', 'admin'], element: <AuditScreen /> },
];

/** A technician's first screen is the board, a cashier's the till: the console opens on it. */
const FIRST: Partial<Record<Role, ScreenKey>> = { technician: 'jobs', cashier: 'cashier' };

export function screensFor(role: Role): ScreenDef[] {
  const screens = SCREENS.filter((s) => s.roles.includes(role));
  const first = screens.find((s) => s.key === FIRST[role]);
  return first ? [first, ...screens.filter((s) => s !== first)] : screens;
}
