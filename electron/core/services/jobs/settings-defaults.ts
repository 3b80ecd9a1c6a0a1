import type { JobsSettings } from '../../../../shared/contract/jobs-settings.ts';
import type { WarrantyRuleSet } from '../../../../shared/contract/warranty-rules.ts';
import { WARRANTY_PRESETS } from './warranty-presets.ts';

/**
 * Both presets at once: the store has no "kind" of shop yet, and the phone and car rules use their own
 * categories, so a phone shop never meets a car rule. Triggers naming the same fact agree in both.
 */
function bothPresets(): WarrantyRuleSet {
  const { phoneSanbao, car } = WARRANTY_PRESETS;
  const facts = new Set(phoneSanbao.triggers.map((t) => t.fact));
  return {
    rules: [...phoneSanbao.rules, ...car.rules],
    triggers: [...phoneSanbao.triggers, ...car.triggers.filter((t) => !facts.has(t.fact))],
  };
}

const DEVICE = ['device'] as const;
const VEHICLE = ['vehicle'] as const;
const BOTH = ['device', 'vehicle'] as const;

/** What a new store starts with; the keys of the condition checklist are the ones the warranty triggers name. */
export const DEFAULT_JOBS_SETTINGS: JobsSettings = {
  conditionChecklist: [
    { key: 'scratches', nameZh: '划痕', nameEn: 'Scratches', appliesTo: [...BOTH] },
    { key: 'cracks', nameZh: '裂痕', nameEn: 'Cracks', appliesTo: [...DEVICE] },
    { key: 'dents', nameZh: '凹陷', nameEn: 'Dents', appliesTo: [...BOTH] },
    { key: 'screen', nameZh: '屏幕', nameEn: 'Screen', appliesTo: [...DEVICE] },
    { key: 'powersOn', nameZh: '能否开机', nameEn: 'Powers on', appliesTo: [...DEVICE] },
    { key: 'waterIndicator', nameZh: '进水标签', nameEn: 'Water-damage indicator', appliesTo: [...DEVICE] },
    { key: 'bentOrCrushed', nameZh: '弯折或挤压', nameEn: 'Bent or crushed', appliesTo: [...DEVICE] },
    { key: 'sealBroken', nameZh: '防拆封条', nameEn: 'Tamper seal', appliesTo: [...DEVICE] },
    { key: 'floodDamage', nameZh: '泡水痕迹', nameEn: 'Flood damage', appliesTo: [...VEHICLE] },
    { key: 'collisionDamage', nameZh: '碰撞痕迹', nameEn: 'Collision damage', appliesTo: [...VEHICLE] },
  ],
  accessoriesChecklist: [
    { key: 'charger', nameZh: '充电器', nameEn: 'Charger', appliesTo: [...DEVICE] },
    { key: 'case', nameZh: '保护壳', nameEn: 'Case', appliesTo: [...DEVICE] },
    { key: 'simCard', nameZh: 'SIM 卡', nameEn: 'SIM card', appliesTo: [...DEVICE] },
    { key: 'memoryCard', nameZh: '存储卡', nameEn: 'Memory card', appliesTo: [...DEVICE] },
    { key: 'keys', nameZh: '钥匙', nameEn: 'Keys', appliesTo: [...VEHICLE] },
    { key: 'serviceBook', nameZh: '保养手册', nameEn: 'Service book', appliesTo: [...VEHICLE] },
  ],
  commonFaults: {
    device: [
      { nameZh: '屏幕碎裂', nameEn: 'Cracked screen' },
      { nameZh: '无法充电', nameEn: 'Does not charge' },
      { nameZh: '电池不耐用', nameEn: 'Battery drains fast' },
      { nameZh: '进水', nameEn: 'Water damage' },
      { nameZh: '无法开机', nameEn: 'Does not turn on' },
    ],
    vehicle: [
      { nameZh: '定期保养', nameEn: 'Scheduled service' },
      { nameZh: '刹车异响', nameEn: 'Brakes squeal' },
      { nameZh: '发动机故障灯亮', nameEn: 'Engine warning light' },
      { nameZh: '空调不制冷', nameEn: 'Air conditioning not cooling' },
    ],
  },
  required: { signature: true, pickupSignature: true, conditionCheck: true, identifier: true },
  warrantyRules: bothPresets(),
  termsZh: '维修前请自行备份数据；本店不对数据丢失负责。取件时请出示本单。修好后 90 天未取的物品，本店将按规定处理。',
  termsEn:
    'Back up your data before repair; the shop is not responsible for lost data. Bring this ticket to collect. Items not collected within 90 days of being ready are dealt with as the law allows.',
  ticketCopies: 'both',
  numberPrefix: 'J',
  numberDigits: 6,
  defaultTurnaroundHours: 48,
  staleHours: {
    received: 4,
    diagnosing: 24,
    awaitingApproval: 24,
    awaitingParts: 72,
    inRepair: 24,
    paused: 24,
    qualityCheck: 8,
    ready: 72,
  },
};
