/**
 * A customer's name as the public queue display shows it: the first character and stars, so the
 * person recognises themselves and nobody else learns the name. A Chinese name keeps its length
 * ('张三' → '张*', '欧阳娜娜' → '欧***'); any other name shows three stars whatever its length
 * ('John Smith' → 'J***'), so neither the length nor the surname leaks. Blank gives null.
 */
export function maskName(name: string | null | undefined): string | null {
  const chars = Array.from((name ?? '').trim());
  const first = chars[0];
  if (first === undefined) return null;
  const han = /\p{Script=Han}/u.test(first);
  return han ? first + '*'.repeat(Math.max(1, chars.length - 1)) : `${first.toUpperCase()}***`;
}
