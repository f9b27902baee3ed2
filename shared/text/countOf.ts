/**
 * One formatter for every count: `n.toLocaleString('en-US')` makes a new one per call (the
 * engine caches only the default locale's), a fraction of a millisecond each, which over the
 * 200 rows of a conflicts list page was tens of milliseconds. Same text.
 */
const NUMBER = new Intl.NumberFormat('en-US');

/** A count with its noun in the right number: "1 account", "3,412 accounts". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${NUMBER.format(n)} ${n === 1 ? one : many}`;
}
