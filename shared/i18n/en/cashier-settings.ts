/** Settings, Cashier (managers and admins): the tills, the quick-sale items, discounts, cash and the drawer's limits. */
export const cashierSettings = {
  tab: 'Cashier',
  intro: 'How the shop takes money: its tills, what the till sells in a tap, how far a cashier may discount alone, and the drawer’s count.',
  save: 'Save',
  saved: 'Cashier settings saved.',
  list: {
    key: 'Code',
    nameZh: 'Name (Chinese)',
    nameEn: 'Name (English)',
    empty: 'Nothing in this list yet.',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
  },
  tills: {
    title: 'Tills',
    intro: 'Each computer that takes money chooses its till. A till’s code is kept on its records: an existing till’s code cannot change.',
    add: 'Add a till',
  },
  items: {
    title: 'Quick-sale items',
    intro: 'Service fees and accessories the till sells in a tap, in this order.',
    add: 'Add an item',
    price: 'Price',
    taxable: 'Taxed',
  },
  money: {
    title: 'Discounts and cash',
    discountLimit: 'Discount a cashier may give alone',
    discountLimitHint: 'Above it, a manager approves with their PIN.',
    cashRounding: 'Round cash to 0.1 yuan',
    cashRoundingHint: 'A cash payment that settles a bill pays the balance rounded to the nearest jiao.',
    varianceNote: 'A note is needed when the close is off by more than',
    varianceApproval: 'A manager’s PIN is needed when it is off by more than',
  },
  denominations: {
    title: 'Notes and coins',
    intro: 'What the drawer is counted in, largest first.',
    add: 'Add a note or coin',
    value: 'Value',
  },
};
