/**
 * Customers' public module: what other service areas may use. Everything else in this folder
 * (its rows, row types, search keys) is the area's own and may change without notice.
 */
export { seedDemoCustomers } from './demo.ts';
export { findAsset } from './assets.ts';
export { requireCustomerRow } from './rows.ts';
export { getCustomer } from './customers.ts';
