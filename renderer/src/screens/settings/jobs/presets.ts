import type { WarrantyRuleSet } from '../../../../../shared/contract/warranty-rules.ts';

/**
 * The rules with a preset restored: the preset's categories take the preset's rules (the shop's other
 * categories stay as they are), and the preset's triggers replace those naming the same facts.
 */
export function withPreset(current: WarrantyRuleSet, preset: WarrantyRuleSet): WarrantyRuleSet {
  const categories = new Set(preset.rules.map((r) => r.category));
  const facts = new Set(preset.triggers.map((tr) => tr.fact));
  // Where the category's rules were, so restoring does not reorder the list.
  const at = current.rules.findIndex((r) => categories.has(r.category));
  const others = current.rules.filter((r) => !categories.has(r.category));
  const before = at === -1 ? others.length : current.rules.slice(0, at).filter((r) => !categories.has(r.category)).length;
  return {
    rules: [...others.slice(0, before), ...preset.rules, ...others.slice(before)],
    triggers: [...current.triggers.filter((tr) => !facts.has(tr.fact)), ...preset.triggers],
  };
}
