import { account } from '../bench/data/mergeScenario';
import { columnsOfPage, pagesOfColumns } from '../../renderer/src/store/accountColumns';
import { PagesLoad } from '../../renderer/src/store/accountCopyLoad';
const n = 100_000;
const rows = Array.from({ length: n }, (_, i) => account(i));
const cols = [];
for (let p = 0; p < n / 500; p++) {
  const page = `p${String(p).padStart(6, '0')}`;
  cols.push(...columnsOfPage(page, rows.slice(p * 500, p * 500 + 500)));
}
cols.sort((a, b) => (a.key < b.key ? -1 : 1));
console.log('records', cols.length, 'fields', Object.keys(rows[0]!).length);
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  const c2 = structuredClone(cols);
  const t1 = performance.now();
  const pages = pagesOfColumns(c2);
  const t2 = performance.now();
  const load = PagesLoad.of(pages);
  load.sorted();
  const t3 = performance.now();
  console.log(`clone ${(t1 - t0).toFixed(0)} assemble ${(t2 - t1).toFixed(0)} load ${(t3 - t2).toFixed(0)}`);
}
