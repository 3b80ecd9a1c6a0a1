import type { ComponentType } from 'react';
import { ROLES, type Role } from '../../../../shared/roles.ts';
import { BackupsTab } from './BackupsTab.tsx';
import { CashierTab } from './cashier/CashierTab.tsx';
import { DisplaysTab } from './DisplaysTab.tsx';
import { JobsTab } from './jobs/JobsTab.tsx';
import { MyPinTab } from './MyPinTab.tsx';
import { PrintersTab } from './printers/PrintersTab.tsx';
import { QueueTab } from './queue/QueueTab.tsx';
import { SecurityTab } from './SecurityTab.tsx';
import { StaffTab } from './staff/StaffTab.tsx';
import { StationTab } from './StationTab.tsx';
import { StoreProfileTab } from './StoreProfileTab.tsx';

export interface SettingsTab {
  /** The tab's address: `#/settings/<key>`. */
  key: string;
  /** Its label, as an i18n key (`namespace:key`). */
  label: string;
  component: ComponentType;
  /** Who sees the tab; what each may change inside it is the tab's own business. */
  roles: readonly Role[];
}

const MANAGERS: readonly Role[] = ['manager', 'admin'];

/** The Settings tabs in order. A feature adds its own tab with one line here. */
export const SETTINGS_TABS: readonly SettingsTab[] = [
  { key: 'profile', label: 'settings:tabs.profile', component: StoreProfileTab, roles: ROLES },
  { key: 'staff', label: 'settings:tabs.staff', component: StaffTab, roles: MANAGERS },
  { key: 'security', label: 'settings:tabs.security', component: SecurityTab, roles: MANAGERS },
  { key: 'backups', label: 'settings:tabs.backups', component: BackupsTab, roles: MANAGERS },
  { key: 'queue', label: 'queue:settings.tab', component: QueueTab, roles: MANAGERS },
  { key: 'jobs', label: 'jobSettings:tab', component: JobsTab, roles: MANAGERS },
  { key: 'cashier', label: 'cashierSettings:tab', component: CashierTab, roles: MANAGERS },
  { key: 'displays', label: 'display:settings.tab', component: DisplaysTab, roles: ['admin'] },
  { key: 'printers', label: 'print:settings.tab', component: PrintersTab, roles: ROLES },
  { key: 'station', label: 'settings:tabs.station', component: StationTab, roles: ROLES },
  { key: 'myPin', label: 'settings:tabs.myPin', component: MyPinTab, roles: ROLES },
];
