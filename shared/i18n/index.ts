import { approval as enApproval } from './en/approval.ts';
import { audit as enAudit } from './en/audit.ts';
import { auditFields as enAuditFields } from './en/audit-fields.ts';
import { backup as enBackup } from './en/backup.ts';
import { common as enCommon } from './en/common.ts';
import { display as enDisplay } from './en/display.ts';
import { errors as enErrors } from './en/errors.ts';
import { nav as enNav } from './en/nav.ts';
import { palette as enPalette } from './en/palette.ts';
import { placeholders as enPlaceholders } from './en/placeholders.ts';
import { print as enPrint } from './en/print.ts';
import { queue as enQueue } from './en/queue.ts';
import { customers as enCustomers } from './en/customers.ts';
import { appointments as enAppointments } from './en/appointments.ts';
import { jobs as enJobs } from './en/jobs.ts';
import { jobBoard as enJobBoard } from './en/job-board.ts';
import { warranty as enWarranty } from './en/warranty.ts';
import { jobPrint as enJobPrint } from './en/job-print.ts';
import { jobIntake as enJobIntake } from './en/job-intake.ts';
import { jobReady as enJobReady } from './en/job-ready.ts';
import { jobPickup as enJobPickup } from './en/job-pickup.ts';
import { jobSettings as enJobSettings } from './en/job-settings.ts';
import { cashier as enCashier } from './en/cashier.ts';
import { cashierTill as enCashierTill } from './en/cashier-till.ts';
import { cashierDrawer as enCashierDrawer } from './en/cashier-drawer.ts';
import { cashierIntegrity as enCashierIntegrity } from './en/cashier-integrity.ts';
import { reminders as enReminders } from './en/reminders.ts';
import { cashierRefund as enCashierRefund } from './en/cashier-refund.ts';
import { cashierSettings as enCashierSettings } from './en/cashier-settings.ts';
import { roles as enRoles } from './en/roles.ts';
import { settings as enSettings } from './en/settings.ts';
import { setup as enSetup } from './en/setup.ts';
import { signin as enSignin } from './en/signin.ts';
import { staff as enStaff } from './en/staff.ts';
import { startup as enStartup } from './en/startup.ts';
import { validation as enValidation } from './en/validation.ts';
import { approval as zhApproval } from './zh-CN/approval.ts';
import { audit as zhAudit } from './zh-CN/audit.ts';
import { auditFields as zhAuditFields } from './zh-CN/audit-fields.ts';
import { backup as zhBackup } from './zh-CN/backup.ts';
import { common as zhCommon } from './zh-CN/common.ts';
import { display as zhDisplay } from './zh-CN/display.ts';
import { errors as zhErrors } from './zh-CN/errors.ts';
import { nav as zhNav } from './zh-CN/nav.ts';
import { palette as zhPalette } from './zh-CN/palette.ts';
import { placeholders as zhPlaceholders } from './zh-CN/placeholders.ts';
import { print as zhPrint } from './zh-CN/print.ts';
import { queue as zhQueue } from './zh-CN/queue.ts';
import { customers as zhCustomers } from './zh-CN/customers.ts';
import { appointments as zhAppointments } from './zh-CN/appointments.ts';
import { jobs as zhJobs } from './zh-CN/jobs.ts';
import { jobBoard as zhJobBoard } from './zh-CN/job-board.ts';
import { warranty as zhWarranty } from './zh-CN/warranty.ts';
import { jobPrint as zhJobPrint } from './zh-CN/job-print.ts';
import { jobIntake as zhJobIntake } from './zh-CN/job-intake.ts';
import { jobReady as zhJobReady } from './zh-CN/job-ready.ts';
import { jobPickup as zhJobPickup } from './zh-CN/job-pickup.ts';
import { jobSettings as zhJobSettings } from './zh-CN/job-settings.ts';
import { cashier as zhCashier } from './zh-CN/cashier.ts';
import { cashierTill as zhCashierTill } from './zh-CN/cashier-till.ts';
import { cashierDrawer as zhCashierDrawer } from './zh-CN/cashier-drawer.ts';
import { cashierIntegrity as zhCashierIntegrity } from './zh-CN/cashier-integrity.ts';
import { reminders as zhReminders } from './zh-CN/reminders.ts';
import { cashierRefund as zhCashierRefund } from './zh-CN/cashier-refund.ts';
import { cashierSettings as zhCashierSettings } from './zh-CN/cashier-settings.ts';
import { roles as zhRoles } from './zh-CN/roles.ts';
import { settings as zhSettings } from './zh-CN/settings.ts';
import { setup as zhSetup } from './zh-CN/setup.ts';
import { signin as zhSignin } from './zh-CN/signin.ts';
import { staff as zhStaff } from './zh-CN/staff.ts';
import { startup as zhStartup } from './zh-CN/startup.ts';
import { validation as zhValidation } from './zh-CN/validation.ts';

/**
 * The catalogues, one namespace per file and per language. Each zh-CN file is typed as its en twin,
 * so a missing key fails the type check; a test also compares the key sets at run time.
 */
export const resources = {
  en: {
    errors: enErrors,
    roles: enRoles,
    common: enCommon,
    nav: enNav,
    placeholders: enPlaceholders,
    validation: enValidation,
    setup: enSetup,
    signin: enSignin,
    approval: enApproval,
    settings: enSettings,
    staff: enStaff,
    startup: enStartup,
    backup: enBackup,
    audit: enAudit,
    auditFields: enAuditFields,
    palette: enPalette,
    display: enDisplay,
    print: enPrint,
    queue: enQueue,
    customers: enCustomers,
    appointments: enAppointments,
    jobs: enJobs,
    jobBoard: enJobBoard,
    warranty: enWarranty,
    jobPrint: enJobPrint,
    jobIntake: enJobIntake,
    jobReady: enJobReady,
    jobPickup: enJobPickup,
    jobSettings: enJobSettings,
    cashier: enCashier,
    cashierTill: enCashierTill,
    cashierDrawer: enCashierDrawer,
    cashierIntegrity: enCashierIntegrity,
    reminders: enReminders,
    cashierRefund: enCashierRefund,
    cashierSettings: enCashierSettings,
  },
  'zh-CN': {
    errors: zhErrors,
    roles: zhRoles,
    common: zhCommon,
    nav: zhNav,
    placeholders: zhPlaceholders,
    validation: zhValidation,
    setup: zhSetup,
    signin: zhSignin,
    approval: zhApproval,
    settings: zhSettings,
    staff: zhStaff,
    startup: zhStartup,
    backup: zhBackup,
    audit: zhAudit,
    auditFields: zhAuditFields,
    palette: zhPalette,
    display: zhDisplay,
    print: zhPrint,
    queue: zhQueue,
    customers: zhCustomers,
    appointments: zhAppointments,
    jobs: zhJobs,
    jobBoard: zhJobBoard,
    warranty: zhWarranty,
    jobPrint: zhJobPrint,
    jobIntake: zhJobIntake,
    jobReady: zhJobReady,
    jobPickup: zhJobPickup,
    jobSettings: zhJobSettings,
    cashier: zhCashier,
    cashierTill: zhCashierTill,
    cashierDrawer: zhCashierDrawer,
    cashierIntegrity: zhCashierIntegrity,
    reminders: zhReminders,
    cashierRefund: zhCashierRefund,
    cashierSettings: zhCashierSettings,
  },
} as const;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
