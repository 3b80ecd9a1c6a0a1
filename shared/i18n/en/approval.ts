export const approval = {
  title: "Manager's approval",
  intro: 'A manager or admin approves this with their PIN. Their name is recorded with the action.',
  approver: 'Approved by',
  approverPlaceholder: 'Choose a manager or admin',
  pin: "Approver's PIN",
  approve: 'Approve',
  noApprovers: 'There is no active manager or admin who could approve this.',
  lockedUntil: 'locked until {{time}}',
};
