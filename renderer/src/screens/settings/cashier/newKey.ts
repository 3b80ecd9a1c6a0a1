/** A new row's code in the cashier lists: `prefix` and the first number no row has ("till2" beside "till1"). */
export function nextKey(prefix: string, taken: Iterable<string>): string {
  const keys = new Set(taken);
  for (let n = 1; ; n++) if (!keys.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
