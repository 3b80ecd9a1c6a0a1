export const ROLES = ['reception', 'cashier', 'technician', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may approve privileged actions (discounts, refunds, voids, restores). */
export const APPROVER_ROLES: readonly Role[] = ['manager', 'admin'];
