export const display = {
  welcome: 'Welcome',
  waiting: 'Please take a number at the desk.',
  coming: 'The numbers being called and their counters will show on this screen.',
  notSetUp: 'Frontdesk',
};
