export const roles = {
  reception: 'Reception',
  cashier: 'Cashier',
  technician: 'Technician',
  manager: 'Manager',
  admin: 'Admin',
};
