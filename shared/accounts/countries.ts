/**
 * Country names and codes → ISO 3166-1 alpha-2, and the sales region of a country.
 * Accepts alpha-2 and alpha-3 codes, English, official and native names ('Deutschland',
 * 'Österreich', 'España'), common aliases (UK, USA, Holland), in any case or accenting.
 */
import { COUNTRY_TABLE } from './countryTable';

export type Region = 'North America' | 'LATAM' | 'EMEA' | 'APAC';
export const REGIONS: readonly Region[] = ['North America', 'LATAM', 'EMEA', 'APAC'];

const ALIASES: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  us: 'US',
  usa: 'US',
  america: 'US',
  'united states of america': 'US',
  holland: 'NL',
  'the netherlands': 'NL',
  korea: 'KR',
  'republic of korea': 'KR',
  russia: 'RU',
  uae: 'AE',
  emirates: 'AE',
  turkey: 'TR',
  turkiye: 'TR',
  'czech republic': 'CZ',
  vietnam: 'VN',
  'hong kong sar': 'HK',
  iran: 'IR',
  'ivory coast': 'CI',
  swiss: 'CH',
  el: 'GR',
};

const NORTH_AMERICA = new Set(['US', 'CA', 'BM', 'PM', 'GL', 'UM']);
const LATAM = new Set(
  (
    'AG AI AR AW BB BL BO BQ BR BS BV BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM ' +
    'KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI'
  ).split(' '),
);
const APAC = new Set(
  (
    'AF AQ AS AU BD BN BT CC CK CN CX FJ FM GU HK HM ID IN IO JP KG KH KI KP KR KZ LA LK MH MM ' +
    'MN MO MP MV MY NC NF NP NR NU NZ PF PG PH PK PN PW SB SG TH TJ TK TL TM TO TV TW UZ VN VU ' +
    'WF WS'
  ).split(' '),
);

function key(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let lookup: Map<string, string> | null = null;
let knownCodes: Set<string> | null = null;
const seen = new Map<string, string | null>();

function buildLookup(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [alpha2, alpha3, ...names] of COUNTRY_TABLE) {
    if (!alpha2 || !alpha3) continue;
    map.set(key(alpha2), alpha2);
    map.set(key(alpha3), alpha2);
    for (const name of names) {
      map.set(key(name), alpha2);
      // 'Korea, Republic of' is also written 'Republic of Korea'.
      const comma = name.split(', ');
      if (comma.length === 2) map.set(key(`${comma[1]} ${comma[0]}`), alpha2);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) map.set(key(alias), code);
  return map;
}

/** ISO alpha-2 code for a country name or code; null when unknown; '' for an empty value. */
export function toCountryCode(raw: string): string | null {
  const cached = seen.get(raw);
  if (cached !== undefined) return cached;
  const k = key(raw);
  lookup ??= buildLookup();
  const code = k === '' ? '' : (lookup.get(k) ?? null);
  // An export repeats a handful of spellings thousands of times.
  if (seen.size < 10_000) seen.set(raw, code);
  return code;
}

/** The sales region of an alpha-2 country code; '' for an unknown or empty code. */
export function regionOf(alpha2: string): Region | '' {
  if (!/^[A-Z]{2}$/.test(alpha2)) return '';
  knownCodes ??= new Set(COUNTRY_TABLE.map((row) => row[0] as string));
  if (!knownCodes.has(alpha2)) return '';
  if (NORTH_AMERICA.has(alpha2)) return 'North America';
  if (LATAM.has(alpha2)) return 'LATAM';
  if (APAC.has(alpha2)) return 'APAC';
  return 'EMEA';
}
