/** How the review writes numbers: whole amounts with thousands separators, counts likewise. */
export const money = (n: number) => Math.round(n).toLocaleString('en-US');
export const count = (n: number) => n.toLocaleString('en-US');
