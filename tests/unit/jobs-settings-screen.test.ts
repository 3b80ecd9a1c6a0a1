import { describe, expect, it } from 'vitest';
import { newChecklistKey } from '../../renderer/src/screens/settings/jobs/checklistKey.ts';
import { withPreset } from '../../renderer/src/screens/settings/jobs/presets.ts';
import { checklistKey } from '../../shared/contract/jobs-settings.ts';
import { WARRANTY_PRESETS } from '../../electron/core/services/jobs/warranty-presets.ts';
import { DEFAULT_JOBS_SETTINGS } from '../../electron/core/services/jobs/settings-defaults.ts';
import { warrantyRuleSet } from '../../shared/contract/warranty-rules.ts';

/** The settings screen's own rules: a new checklist item's code, and restoring a warranty preset. */

describe('a new checklist item’s code', () => {
  it('is made from the English name, camel-cased, and is a valid key', () => {
    expect(newChecklistKey('Back cover', new Set())).toBe('backCover');
    expect(newChecklistKey('  SIM tray (2nd) ', new Set())).toBe('simTray2nd');
    expect(newChecklistKey('3D Touch', new Set())).toBe('item3dTouch');
    for (const name of ['Back cover', '', '后盖', '3D Touch', 'x'.repeat(80)])
      expect(checklistKey.safeParse(newChecklistKey(name, new Set())).success).toBe(true);
  });

  it('never collides with a code the list has, and is "item" without an English name', () => {
    expect(newChecklistKey('', new Set())).toBe('item');
    expect(newChecklistKey('后盖', new Set(['item', 'item-2']))).toBe('item-3');
    expect(newChecklistKey('Screen', new Set(['screen']))).toBe('screen-2');
  });
});

describe('restoring a preset', () => {
  const edited = structuredClone(DEFAULT_JOBS_SETTINGS.warrantyRules);
  edited.rules[0]!.period.count = 24;
  edited.rules = edited.rules.filter((r) => r.part !== 'battery');
  edited.triggers = edited.triggers.filter((tr) => tr.fact !== 'waterIndicator').concat({ fact: 'dents', exclusion: 'dropOrCrush' });

  it('puts back the preset’s rules in their place and keeps the other categories and triggers', () => {
    const restored = withPreset(edited, WARRANTY_PRESETS.phoneSanbao);
    expect(restored.rules).toEqual(DEFAULT_JOBS_SETTINGS.warrantyRules.rules);
    expect(restored.triggers).toContainEqual({ fact: 'waterIndicator', exclusion: 'waterDamage' });
    expect(restored.triggers).toContainEqual({ fact: 'dents', exclusion: 'dropOrCrush' });
    expect(warrantyRuleSet.safeParse(restored).success).toBe(true);
  });

  it('leaves the phone rules as edited when the car preset is restored', () => {
    const restored = withPreset(edited, WARRANTY_PRESETS.car);
    expect(restored.rules.find((r) => r.part === 'handset')?.period.count).toBe(24);
    expect(restored.rules.filter((r) => r.category === 'car')).toEqual(WARRANTY_PRESETS.car.rules.filter((r) => r.category === 'car'));
    expect(warrantyRuleSet.safeParse(restored).success).toBe(true);
  });
});
