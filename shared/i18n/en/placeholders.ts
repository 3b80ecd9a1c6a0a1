export const placeholders = {
  badge: 'Coming next',
  willHold: 'What this screen will hold',
  note: 'This screen is still being built. Until it arrives it shows nothing made up: no sample data and no buttons that do nothing.',
  reception: {
    intro: 'Where customers are greeted and their items taken in.',
    items: [
      'Find a customer by name, phone or job number',
      "Take an item in: the customer's own words about the fault, the outside check, accessories left, an estimate and a promised time",
      'Warranty decided at intake and printed on the job ticket',
      "Today's appointments and check-in",
      "Hand finished items back, with the customer's signature",
    ],
  },
  queue: {
    intro: 'Walk-in numbers and calling customers to a counter.',
    items: [
      'Issue walk-in numbers per service (A repair intake, B pickup, C consultation)',
      'Call the next number to a counter; recall, skip, park or transfer it',
      'How many are waiting, and the estimated wait',
      'The customer display on a second screen, with the spoken call-out',
    ],
  },
  jobs: {
    intro: 'The job board: every item in the shop and where it stands.',
    items: [
      'Columns for waiting, in repair, interrupted, waiting for the customer and waiting for parts',
      'Dispatch jobs to technicians by workload',
      'Extra work found during repair, approved by the customer before it is done',
      'Quality checks: self-check, recheck and final inspection',
    ],
  },
  cashier: {
    intro: 'Settling bills and the cash drawer.',
    items: [
      'Settle a bill: parts and labour, warranty work at no charge, the deposit deducted',
      'Cash, card, WeChat Pay, Alipay or transfer, split when needed',
      'Receipts printed and reprinted',
      "Discounts, refunds and voids with a manager's approval",
      'Open the drawer with a counted float and count it at close',
    ],
  },
  handover: {
    intro: 'Handing the desk from one shift to the next.',
    items: [
      'The drawer counted and compared with what it should hold',
      'The waiting queue, open jobs and their promised times',
      'Pending callbacks and complaints',
      'Notes, and the names of both staff members on the record',
    ],
  },
  reports: {
    intro: "The shop's numbers for a day or a period.",
    items: [
      'The day report (Z report)',
      'Takings by payment method',
      'Jobs taken in, finished and collected',
      'Follow-up scores and complaints',
    ],
  },
};
