import type { Exclusion, WarrantyRule, WarrantyRuleSet } from '../../../../shared/contract/warranty-rules.ts';

/**
 * Presets a shop starts from and edits. Periods, not the shop's policy, come from the regulations named;
 * where a rule is the shop's own choice it says so.
 */

const PHONE_EXCLUSIONS: Exclusion[] = [
  'waterDamage',
  'dropOrCrush',
  'privateDisassembly',
  'nonOriginalParts',
  'noProofOfPurchase',
  'serialMismatch',
];

/** An accessory under 三包: exchanged free within its own period, no return or exchange window of its own. */
const phoneAccessory = (part: string, nameZh: string, nameEn: string, months: number): WarrantyRule => ({
  category: 'phone',
  part,
  nameZh,
  nameEn,
  returnWindow: null,
  exchangeWindow: null,
  period: { count: months, unit: 'months', km: null },
  remedy: 'exchange',
  extendByRepairTime: true,
  exclusions: PHONE_EXCLUSIONS,
});

/**
 * Mobile phones under 《移动电话机商品修理更换退货责任规定》 (三包): a performance fault in the handset within
 * 7 days of the sale may be returned, exchanged or repaired; from day 8 to day 15 exchanged or repaired;
 * within 12 months repaired free. Accessories are exchanged free within their own periods (battery 6
 * months, charger 12, wired headset 3, SIM / memory card 12). Days in repair do not count. A part the shop
 * fitted carries the shop's own 3 months (the shop's choice, not the regulation's).
 */
const phoneSanbao: WarrantyRuleSet = {
  rules: [
    {
      category: 'phone',
      part: 'handset',
      nameZh: '手机主机',
      nameEn: 'Handset',
      returnWindow: { days: 7, km: null },
      exchangeWindow: { days: 15, km: null },
      period: { count: 12, unit: 'months', km: null },
      remedy: 'repair',
      extendByRepairTime: true,
      exclusions: PHONE_EXCLUSIONS,
    },
    phoneAccessory('battery', '电池', 'Battery', 6),
    phoneAccessory('charger', '充电器', 'Charger', 12),
    phoneAccessory('wiredHeadset', '有线耳机', 'Wired headset', 3),
    phoneAccessory('card', '移动终端卡 / 存储卡', 'SIM or memory card', 12),
    {
      category: 'phone',
      part: 'shopRepair',
      nameZh: '本店更换的配件',
      nameEn: 'Part fitted by this shop',
      returnWindow: null,
      exchangeWindow: null,
      period: { count: 3, unit: 'months', km: null },
      remedy: 'repair',
      extendByRepairTime: false,
      exclusions: ['waterDamage', 'dropOrCrush', 'privateDisassembly', 'noProofOfPurchase'],
    },
  ],
  triggers: [
    { fact: 'waterIndicator', exclusion: 'waterDamage' },
    { fact: 'liquidTraces', exclusion: 'waterDamage' },
    { fact: 'bentOrCrushed', exclusion: 'dropOrCrush' },
    { fact: 'impactMarks', exclusion: 'dropOrCrush' },
    { fact: 'sealBroken', exclusion: 'privateDisassembly' },
    { fact: 'repairedElsewhere', exclusion: 'privateDisassembly' },
    { fact: 'nonOriginalParts', exclusion: 'nonOriginalParts' },
    { fact: 'imeiMismatch', exclusion: 'serialMismatch' },
  ],
};

const CAR_EXCLUSIONS: Exclusion[] = ['waterDamage', 'dropOrCrush', 'privateDisassembly', 'nonOriginalParts', 'noProofOfPurchase'];

/** Work done by this workshop: 《机动车维修管理规定》 sets the least warranty per kind of work, in days or km. */
const workshopJob = (part: string, nameZh: string, nameEn: string, days: number, km: number): WarrantyRule => ({
  category: 'carWorkshop',
  part,
  nameZh,
  nameEn,
  returnWindow: null,
  exchangeWindow: null,
  period: { count: days, unit: 'days', km },
  remedy: 'repair',
  extendByRepairTime: false,
  exclusions: ['waterDamage', 'dropOrCrush', 'privateDisassembly', 'nonOriginalParts'],
});

/**
 * A car. Private use follows 《家用汽车产品修理更换退货责任规定》: a serious fault within 7 days may be
 * returned, within 60 days or 3,000 km exchanged, and the warranty lasts 36 months or 60,000 km, whichever
 * comes first. A taxi is not a household car: the preset gives the common maker's 12 months or 100,000 km,
 * with no windows (the shop sets its maker's terms). Work done here: overhaul 100 days or 20,000 km,
 * second-level maintenance 30 days or 5,000 km, minor repair 10 days or 2,000 km.
 */
const car: WarrantyRuleSet = {
  rules: [
    {
      category: 'car',
      part: 'private',
      nameZh: '家用汽车（私人使用）',
      nameEn: 'Car, private use',
      returnWindow: { days: 7, km: null },
      exchangeWindow: { days: 60, km: 3000 },
      period: { count: 36, unit: 'months', km: 60_000 },
      remedy: 'repair',
      extendByRepairTime: true,
      exclusions: CAR_EXCLUSIONS,
    },
    {
      category: 'car',
      part: 'taxi',
      nameZh: '出租车（营运）',
      nameEn: 'Car, taxi use',
      returnWindow: null,
      exchangeWindow: null,
      period: { count: 12, unit: 'months', km: 100_000 },
      remedy: 'repair',
      extendByRepairTime: false,
      exclusions: CAR_EXCLUSIONS,
    },
    workshopJob('overhaul', '整车或总成修理', 'Overhaul (vehicle or assembly)', 100, 20_000),
    workshopJob('secondLevel', '二级维护', 'Second-level maintenance', 30, 5000),
    workshopJob('minorRepair', '一级维护、小修及专项修理', 'First-level maintenance, minor or special repair', 10, 2000),
  ],
  triggers: [
    { fact: 'floodDamage', exclusion: 'waterDamage' },
    { fact: 'collisionDamage', exclusion: 'dropOrCrush' },
    { fact: 'repairedElsewhere', exclusion: 'privateDisassembly' },
    { fact: 'nonOriginalParts', exclusion: 'nonOriginalParts' },
  ],
};

export const WARRANTY_PRESETS = { phoneSanbao, car } as const;
