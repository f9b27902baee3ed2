/**
 * The import benchmark's input (test/bench/accounts.bench.ts, run in the page by the bench
 * build) and the e2e size-limit test's: a Salesforce report export of any size. Not sample
 * data, so it lives with the benchmarks, outside the product.
 */
import {
  COMPANY_FIRST_WORDS,
  COMPANY_SECOND_WORDS,
  SAMPLE_OWNERS,
  WORD_INDUSTRY,
} from '../../../shared/sample/accounts';
import { seededRandom as prng } from '../../unit/conflicts/syntheticPlan';

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * A synthetic Salesforce report export of `count` rows (about 200 bytes a row) for the
 * import benchmark: realistic headers and value formats, with 2% duplicate rows.
 */
export function syntheticSalesforceExport(count: number): string {
  const rand = prng(count);
  const lines = [
    '"Account ID","Account Name","Website","Industry","Employees","Annual Revenue","Billing Country","Account Owner","Type","Account Description"',
  ];
  const countries = [
    'USA',
    'United States',
    'Germany',
    'Deutschland',
    'UK',
    'France',
    'Japan',
    'Brazil',
    'Canada',
    'Australia',
  ];
  let previous = '';
  for (let i = 0; i < count; i++) {
    if (previous && rand() < 0.02) {
      lines.push(previous);
      continue;
    }
    const first = COMPANY_FIRST_WORDS[i % COMPANY_FIRST_WORDS.length] as string;
    const second = COMPANY_SECOND_WORDS[
      Math.floor(i / COMPANY_FIRST_WORDS.length) % COMPANY_SECOND_WORDS.length
    ] as string;
    const name = `${first} ${second} ${i}`;
    const employees = Math.round(10 + rand() * 50000);
    const revenue = Math.round(rand() * 5e9);
    const owner = SAMPLE_OWNERS[i % SAMPLE_OWNERS.length]?.owner ?? '';
    const id = `001${String(i).padStart(12, '0')}`;
    previous =
      `"${id}","${name}","https://www.${slug(name)}.example/","${WORD_INDUSTRY[second]?.industry ?? ''}",` +
      `"${employees.toLocaleString('en-US')}","$${revenue.toLocaleString('en-US')}.00","${countries[i % countries.length]}",` +
      `"${owner}","Prospect","Imported from the benchmark generator, row ${i}"`;
    lines.push(previous);
  }
  return lines.join('\r\n') + '\r\n';
}
