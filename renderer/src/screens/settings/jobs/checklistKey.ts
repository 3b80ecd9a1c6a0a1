/**
 * A new checklist item's code, made from its English name ("Back cover" → "backCover"): letters, digits
 * and dashes, starting with a letter, never one the list has already ("item-2" when it would be).
 */
export function newChecklistKey(nameEn: string, taken: ReadonlySet<string>): string {
  const words = nameEn.match(/[A-Za-z0-9]+/g) ?? [];
  const camel = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
  const base = (/^[a-zA-Z]/.test(camel) ? camel : `item${camel}`).slice(0, 34);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
