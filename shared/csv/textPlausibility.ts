/**
 * How plausible a decoded text is for the script its encoding writes: the detector ranks
 * candidate encodings by it, and the import warns when the chosen one still looks wrong.
 * A wrong decode shows as replacement characters, C1 controls, letters the script does not
 * use ('³' in "Spó³ka" is a Polish ł read as Windows-1252), words of one script mixing in
 * another ("Mьller"), Latin words made almost only of accented letters ("Ãàçïðîì" is
 * Russian read as Western), Cyrillic or Greek words whose case flips inside ("зЮГОПНЛ") and
 * UTF-8 read as a single-byte encoding ("CafÃ©").
 */
import type { TextScript } from './encodings';

export interface Plausibility {
  /** Higher is less plausible; only comparable between decodes of the same bytes. */
  penalty: number;
  /** Signs the text is certainly damaged: U+FFFD, control characters, private-use characters. */
  broken: number;
  /** UTF-8 sequences read as single bytes ("Ã©"). */
  mojibake: number;
  /** Letters or symbols the script does not use, and odd words. */
  odd: number;
  nonAscii: number;
  /** A word where the text first looks wrong, to show the user. */
  example: string | null;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const codes = (chars: string): number[] => [...chars].map((c) => c.codePointAt(0) as number);

const WEST = 'ÀÁÂÃÄÅÆÇÉÊËÍÎÏÑÓÔÖØÚÛÜßàáâãäåæçèéêëìíîïñòóôöøùúûü';
// Letters Windows-1252 has but Western CRM data seldom uses (Icelandic, Portuguese-only õ,
// upper-case graves, Š/Ž of loanwords): they are as often Turkish, Hungarian or Czech bytes
// read wrongly (ı → ý, ő → õ, Č → È, ř → ø… ø stays common: it is Danish and Norwegian).
const WEST_RARE = 'ÐðÞþÝýªºÕõÈÌÒÙŠšŽžŸÿŒœ';
const CENTRAL = 'ĄąĆćČčĎďĘęĚěŁłŃńŇňŐőŔŕŘřŚśŠšŞşŤťŢţŮůŰűŹźŻżŽžĹĺĽľÁáÂâÄäÇçÉéËëÍíÎîÓóÔôÖöÚúÜüÝýßĂăĐđ';
// Lithuanian, Latvian and Estonian; Windows-1257 also holds Polish and Nordic letters, rare there.
const BALTIC = 'ĀāĄąČčĒēĖėĘęĢģĪīĮįĶķĻļŅņŌōŠšŪūŲųŽžÄäÖöÕõÜü';
const BALTIC_RARE = 'ĆćŁłŃńŚśŹźŻżÅåÆæØøÉéÓóß';
const TURKISH = 'ÇçĞğİıÖöŞşÜüÂâÎîÛû' + WEST;
const VIETNAMESE = WEST + 'ĂăĐđƠơƯư\u0300\u0301\u0303\u0309\u0323';
const CYRILLIC = [...range(0x410, 0x44f), ...codes('ЁёЄєІіЇїҐґЎў')];
const CYRILLIC_RARE = codes('ЂђЃѓЅѕЈјЉљЊњЋћЌќЏџ');
const GREEK = [...range(0x386, 0x3ce), 0x385, 0x384];
const HEBREW = range(0x5b0, 0x5f4);
const ARABIC = [...range(0x60c, 0x6ff), ...codes('éèêëàâîïôùûüçÉÈÊËÀÂÎÏÔÙÛÜÇ')];
const THAI = range(0xe01, 0xe5b);
const CJK = [...range(0x4e00, 0x9fff), ...range(0x3000, 0x303f), ...range(0xff01, 0xff5e)];
const KANA = range(0x3040, 0x30ff);
const HANGUL = [...range(0xac00, 0xd7a3), ...range(0x3130, 0x318f)];
/** Punctuation and signs business data uses in any script. */
const COMMON_SIGNS = codes('\u00a0\u00ad«»‘’‚“”„–—…•€£¥°©®™§¢±×·¿¡№½¼¾µ‰');
/** Signs that exist in the code pages but mostly show up when bytes are read wrongly. */
const RARE_SIGNS = codes('¤¦¨¬¯²³¹´¸¶ˆ˜ƒ†‡‹›÷');

/** The non-ASCII letters of one language, lower-case; upper-case forms are added. */
const LANGUAGES = {
  de: 'äöüß',
  fr: 'àâæçéèêëîïôœùûüÿ',
  es: 'áéíñóúü',
  pt: 'áâãàçéêíóôõú',
  it: 'àèéìíîòóù',
  nl: 'áéèëïóöüíú',
  da: 'æøåéó',
  sv: 'åäöé',
  fi: 'äöåšž',
  is: 'áðéíóúýþæö',
  ca: 'àçéèíïòóúü',
  pl: 'ąćęłńóśźż',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  hu: 'áéíóöőúüű',
  hr: 'čćđšž',
  ro: 'ăâîşţșț',
  sq: 'çë',
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
  et: 'äöõüšž',
  tr: 'çğıöşüâîûİ',
  // Windows-1258 writes most tones as combining marks after the vowel.
  vi: 'àáâãèéêìíòóôõùúýăđơư\u0300\u0301\u0303\u0309\u0323',
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  be: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюя',
  sr: 'абвгдђежзијклљмнњопрстћуфхцчџш',
  mk: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
} as const;
type Language = keyof typeof LANGUAGES;

function letters(language: Language): Set<number> {
  const set = new Set<number>();
  for (const ch of LANGUAGES[language]) {
    set.add(ch.codePointAt(0) as number);
    const upper = ch.toUpperCase();
    if (upper.length === 1 && upper > '\u007f') set.add(upper.codePointAt(0) as number);
  }
  return set;
}

/**
 * Western files mix languages (a European CRM holds German, French and Spanish names side by
 * side), so Windows-1252 is judged by its rare letters, not by one-language coherence.
 */
const WESTERN: Language[] = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'da', 'sv', 'fi', 'is', 'ca'];

interface Profile {
  expected: Set<number>;
  rare: Set<number>;
  latin: boolean;
  /** The languages the code page is made for: a right decode reads as one of them. */
  languages: Set<number>[];
  /** A right decode may read as two of them (a regional export mixing neighbours' names). */
  pairs: boolean;
}

function profile(
  expected: number[],
  rare: number[] = [],
  latin = false,
  languages: Language[] = [],
  pairs = false,
): Profile {
  return {
    pairs,
    expected: new Set([...expected, ...COMMON_SIGNS]),
    rare: new Set([...rare, ...RARE_SIGNS]),
    latin,
    languages: languages.map(letters),
  };
}

const PROFILES: Record<Exclude<TextScript, 'any'>, Profile> = {
  'latin-west': profile(codes(WEST), codes(WEST_RARE), true),
  'latin-central': profile(
    codes(CENTRAL),
    codes(WEST),
    true,
    ['pl', 'cs', 'sk', 'hu', 'hr', 'ro', 'sq', 'de'],
    true,
  ),
  'latin-baltic': profile(codes(BALTIC), codes(BALTIC_RARE + WEST), true, [
    'lt',
    'lv',
    'et',
    'pl',
    'de',
    'fi',
    'sv',
    'da',
  ]),
  turkish: profile(codes(TURKISH), [], true, ['tr', ...WESTERN]),
  vietnamese: profile(codes(VIETNAMESE), [], true, ['vi']),
  cyrillic: profile(CYRILLIC, CYRILLIC_RARE, false, ['ru', 'uk', 'be', 'bg', 'sr', 'mk']),
  greek: profile(GREEK),
  hebrew: profile(HEBREW),
  arabic: profile(ARABIC),
  thai: profile(THAI),
  japanese: profile([...CJK, ...KANA], range(0xff61, 0xff9f)),
  chinese: profile([...CJK, ...range(0x3100, 0x312f)], [...range(0x3400, 0x4dbf), ...KANA]),
  korean: profile([...HANGUL, ...range(0x3000, 0x303f), ...range(0xff01, 0xff5e)], CJK),
};

/**
 * How many of the text's distinct non-ASCII letters the closest of the code page's languages
 * (or pair of them) lacks: Czech read as Western gives 'ø', 'È', 'á' and 'ž' together, which no one Western
 * language writes. Distinct letters, so a long file does not outweigh everything else.
 */
function foreignLetters(seen: Set<number>, languages: Set<number>[], pairs: boolean): number {
  let best = Number.POSITIVE_INFINITY;
  for (const [i, language] of languages.entries()) {
    // A Central European CRM holds neighbours' names side by side (Polish and Czech
    // companies in one export), so there a pair of the code page's languages counts as one.
    for (const other of pairs ? [language, ...languages.slice(i + 1)] : [language]) {
      let foreign = 0;
      for (const code of seen) if (!language.has(code) && !other.has(code)) foreign++;
      best = Math.min(best, foreign);
    }
  }
  return Number.isFinite(best) ? best : 0;
}

/** Penalty per distinct letter the closest language lacks (ranks; never warns alone). */
const LANGUAGE_WEIGHT = 1;

/** Control characters (C0 but tab and line ends, DEL, C1), U+FFFD and private-use characters. */
function isBroken(code: number): boolean {
  return (
    (code < 0x20 && code !== 9 && code !== 10 && code !== 13) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xfffd ||
    (code >= 0xe000 && code <= 0xf8ff)
  );
}
// What Windows-1252 shows for a UTF-8 continuation byte (0x80–0xBF).
const CONT =
  '[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]';
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}${CONT}`, 'gu');
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRL = /\p{Script=Cyrillic}/u;
const GREK = /\p{Script=Greek}/u;
/** Alphabets a real word never mixes (Han, kana and Hangul do mix with Latin: "ABC株式会社"). */
const ALPHABETS = [
  LATIN,
  CYRL,
  GREK,
  /\p{Script=Arabic}/u,
  /\p{Script=Hebrew}/u,
  /\p{Script=Thai}/u,
];
const ALLOWED_IN_WORD = new Set(codes('’‘·\u00ad'));

const PAIRED_SIGNS = new Set(codes('\u00a0\u00ad«»‘’‚“”„–—…•'));
/** A non-ASCII sign other than spaces, quotes and dashes (which do stand next to each other). */
function isOddSign(code: number): boolean {
  return code >= 0xa0 && !PAIRED_SIGNS.has(code) && !isLetterCode(code);
}

const LETTER = /[\p{L}\p{M}]/u;
const letterCache = new Map<number, boolean>();
/** Letter or mark; cached, since every candidate encoding's reading asks about the same few hundred. */
function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  let known = letterCache.get(code);
  if (known === undefined) {
    known = LETTER.test(String.fromCharCode(code));
    letterCache.set(code, known);
  }
  return known;
}

/** The space-free run of text around index, to quote in a warning. */
function around(text: string, index: number): string {
  let start = index;
  let end = index + 1;
  while (start > 0 && start > index - 20 && !/[\s,;|\t"]/.test(text[start - 1] as string)) start--;
  while (end < text.length && end < index + 20 && !/[\s,;|\t"]/.test(text[end] as string)) end++;
  return text.slice(start, end);
}

// Letters that never begin (Cyrillic soft and hard signs, ы) or never end a word (Greek ς and
// the Hebrew final forms show up mid-word only when bytes are read wrongly).
const BAD_START = /^[ьъыЬЪЫ]/u;
const FINAL_INSIDE = /[ςךםןףץ](?=\p{L})/u;

const isThaiMark = (c: number) =>
  c === 0xe31 || (c >= 0xe34 && c <= 0xe3a) || (c >= 0xe47 && c <= 0xe4e);
const isThai = (c: number) => c >= 0xe01 && c <= 0xe4e;
const isHebrewPoint = (c: number) => c >= 0x5b0 && c <= 0x5c7;
const isHebrew = (c: number) => (c >= 0x5d0 && c <= 0x5ea) || isHebrewPoint(c);
const isHaraka = (c: number) => c >= 0x64b && c <= 0x652;
const isArabic = (c: number) => c >= 0x620 && c <= 0x6ff;

/** Thai, Hebrew and Arabic marks sit on a letter of their script; random bytes put them anywhere ("Leَn"). */
function hasStrayMark(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const before = i > 0 ? word.charCodeAt(i - 1) : -1;
    if (isThaiMark(c) && !isThai(before)) return true;
    if (isHebrewPoint(c) && !isHebrew(before)) return true;
    if (isHaraka(c) && !isArabic(before)) return true;
  }
  return false;
}

function hasNonAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** The penalty of one word of the text that holds non-ASCII letters. */
function oddWord(word: string, latinScript: boolean): number {
  if (ALPHABETS.filter((a) => a.test(word)).length > 1) return 4;
  if (latinScript) {
    let accented = 0;
    for (const ch of word) if (ch > '\u007f') accented++;
    // "Ãàçïðîì" (Russian read as Western); "Łódź" (3 of 4) is a real word.
    const share = accented / word.length;
    if ((word.length >= 3 && share === 1) || (word.length >= 5 && share >= 0.8)) return 4;
    return 0;
  }
  if (BAD_START.test(word) || FINAL_INSIDE.test(word) || hasStrayMark(word)) return 3;
  // Upper-case after lower-case inside a word: KOI8-R read as Windows-1251 and back.
  if ((CYRL.test(word) || GREK.test(word)) && /\p{Ll}\p{Lu}/u.test(word)) return 3;
  return 0;
}

const isHangulSyllable = (code: number) => code >= 0xac00 && code <= 0xd7a3;

/**
 * A Han character written against a Hangul syllable ("섞考", "볼鹵"): Korean writes hanja as
 * words of their own ("大韓 항공" in old names), so this is how Chinese GBK reads as EUC-KR,
 * where GB2312's common hanzi rows are KS X 1001's Hangul rows.
 */
function hanjaGluedToHangul(text: string, i: number, code: number): boolean {
  if (code < 0x4e00 || code > 0x9fff) return false;
  return (
    (i > 0 && isHangulSyllable(text.charCodeAt(i - 1))) ||
    (i + 1 < text.length && isHangulSyllable(text.charCodeAt(i + 1)))
  );
}

export function scoreText(text: string, script: TextScript): Plausibility {
  const result: Plausibility = {
    penalty: 0,
    broken: 0,
    mojibake: 0,
    odd: 0,
    nonAscii: 0,
    example: null,
  };
  const note = (index: number) => (result.example ??= around(text, index));
  const p = script === 'any' ? null : PROFILES[script];
  const seen = new Set<number>();
  const rareSeen = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && code !== 0x7f && (code >= 0x20 || code === 9 || code === 10 || code === 13))
      continue;
    if (code >= 0x80) result.nonAscii++;
    if (isBroken(code)) {
      result.broken++;
      result.penalty += 10;
      note(i);
      continue;
    }
    if (!p || (code >= 0xd800 && code <= 0xdfff)) continue;
    const letterBefore = i > 0 && isLetterCode(text.charCodeAt(i - 1));
    const letterAfter = i + 1 < text.length && isLetterCode(text.charCodeAt(i + 1));
    const letter = isLetterCode(code);
    const insideWord = letterBefore && letterAfter && !ALLOWED_IN_WORD.has(code);
    // A closing quote opening a word: ISO-8859-7 shows Windows-1253's 'Ά' as '’'.
    const quoteOpensWord = code === 0x2019 && !letterBefore && letterAfter;
    // "±±¾©": signs in a row are how a Chinese word reads in a Latin code page.
    const afterSign = i > 0 && !letterBefore && isOddSign(text.charCodeAt(i - 1));
    if (
      (!letter && (insideWord || quoteOpensWord || (afterSign && isOddSign(code)))) ||
      (script === 'korean' && hanjaGluedToHangul(text, i, code))
    ) {
      // A sign inside a word: "Spó³ka", "Łódź" read as "£ódŸ" keeps letters, this does not.
      result.odd++;
      result.penalty += 3;
      note(i);
    } else if (p.expected.has(code)) {
      if (letter) seen.add(code);
    } else if (p.rare.has(code)) {
      // Once per distinct character: a long Portuguese file full of 'õ' is still Western.
      if (!rareSeen.has(code)) result.penalty += 1;
      rareSeen.add(code);
      if (letter) seen.add(code);
    } else {
      result.odd++;
      result.penalty += 3;
      note(i);
    }
  }
  if (p) {
    result.penalty += foreignLetters(seen, p.languages, p.pairs) * LANGUAGE_WEIGHT;
    const costs = new Map<string, number>();
    for (const m of text.matchAll(WORD)) {
      if (!hasNonAscii(m[0])) continue;
      let cost = costs.get(m[0]);
      if (cost === undefined) {
        cost = oddWord(m[0], p.latin);
        costs.set(m[0], cost);
      }
      if (cost > 0) {
        result.odd++;
        result.penalty += cost;
        note(m.index);
      }
    }
  }
  for (const m of text.matchAll(MOJIBAKE)) {
    result.mojibake++;
    result.penalty += 5;
    note(m.index);
  }
  return result;
}

/** True when a decode should be reported as probably wrong, not only ranked lower. */
export function looksWrong(p: Plausibility): boolean {
  return p.broken > 0 || p.mojibake > 0 || p.odd >= Math.max(2, p.nonAscii * 0.01);
}
