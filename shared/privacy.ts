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

/**
 * A phone number as printed on paper the customer carries away: the last four digits stay (how staff
 * and the customer match it), and the first three of a long number (the carrier prefix of a Chinese
 * mobile, '138****1234'); every other digit is a star. Spaces, '+' and dashes stay where they are.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').length;
  const head = digits >= 10 ? 3 : 0;
  const tail = Math.min(4, Math.max(0, digits - head - 2));
  let seen = 0;
  return phone.replace(/\d/g, (d) => {
    seen++;
    return seen <= head || seen > digits - tail ? d : '*';
  });
}
