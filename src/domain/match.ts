// The one matcher behind every lookup (launches, people, vehicles, agencies, sites) and the
// importer's name keys: names reduced to a canonical form so that what people type meets what
// the sources wrote. `canon` is normalize() (case, accents, punctuation, hyphens, "tm14" ->
// "tm 14") plus numbers in one spelling: Roman numerals and number words become digits
// ("Gemini IV", "Friendship Seven", "Artemis I" -> "gemini 4", "friendship 7", "artemis 1").
// Also: COSPAR designators of every era, nicknames and short given names, transliterations.
import { normalize } from './text.js';

const WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20',
  first: '1', second: '2', third: '3',
};

/** A Roman numeral of 1 to 39 written with i, v and x only ("iv", "xii"), else null. */
function roman(t: string): string | null {
  if (!/^(x{0,3})(ix|iv|v?i{0,3})$/.test(t) || t === '') return null;
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let n = 0;
  for (let k = 0; k < t.length; k++) {
    const a = v[t[k]!]!;
    const b = k + 1 < t.length ? v[t[k + 1]!]! : 0;
    n += a < b ? -a : a;
  }
  return n > 0 ? String(n) : null;
}

/**
 * A token in canonical form. A Roman numeral counts only after another word ("Gemini IV",
 * "Saturn V"), never first ("X-15", "V-2" stay as they are); number words count anywhere but
 * first too, so "One Web" stays, "Friendship Seven" becomes "friendship 7".
 */
function canonToken(t: string, first: boolean): string {
  if (first) return t;
  return (Object.hasOwn(WORDS, t) ? WORDS[t] : undefined) ?? roman(t) ?? t;
}

/** normalize(), then numbers in one spelling. Used for every name key and every query. */
export function canon(text: string): string {
  const n = normalize(text);
  if (n === '') return n;
  const ts = n.split(' ');
  return ts.map((t, i) => canonToken(t, i === 0)).join(' ');
}

export function canonTokens(text: string): string[] {
  const c = canon(text);
  return c === '' ? [] : c.split(' ');
}

// --- COSPAR designators --------------------------------------------------------------------

/** GCAT's three-letter Greek tags, in order: the nth letter is launch n of its year (1957-1962). */
export const GREEK = ['ALP', 'BET', 'GAM', 'DEL', 'EPS', 'ZET', 'ETA', 'THE', 'IOT', 'KAP', 'LAM', 'MU', 'NU', 'XI', 'OMI', 'PI', 'RHO', 'SIG', 'TAU', 'UPS', 'PHI', 'CHI', 'PSI', 'OME'];
const GREEK_WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega'];

/** The index (0-23) of a Greek letter written as GCAT's tag or in full, else -1. */
function greekIndex(t: string): number {
  const k = GREEK.indexOf(t.toUpperCase());
  return k >= 0 ? k : GREEK_WORDS.indexOf(t.toLowerCase());
}

/**
 * The GCAT launch tag a COSPAR designator names, or null. Accepts "1992-014", "1992-014A",
 * "1992 14", "1957-001B" (the numeric designators COSPAR gave the Greek-letter years in 1963:
 * launch n of the year is the nth Greek tag, "1957 ALP"), "1957 ALP", "1957 ALP 2", "1957 Alpha 2",
 * "1961 Alpha Alpha 1" ("1961 A ALP"). GCAT writes numeric tags for 1963 on.
 */
export function designatorTag(query: string): string | null {
  const q = query.trim();
  let m = /^(19[5-9]\d|2\d{3})\s*[- ]\s*(\d{1,3})\s*([A-Za-z]{1,3})?$/.exec(q);
  if (m) {
    const year = Number(m[1]);
    const n = Number(m[2]);
    if (n < 1) return null;
    if (year >= 1963) return `${year}-${String(n).padStart(3, '0')}`;
    return greekTag(year, n);
  }
  m = /^(19[56]\d)\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?(?:\s+(\d{1,2}))?$/.exec(q);
  if (m) {
    const a = greekIndex(m[2]!);
    const b = m[3] === undefined ? null : greekIndex(m[3]);
    if (a < 0 || b === -1) return null;
    // "A ALP" (GCAT) or "Alpha Alpha": the second round of letters; "B ALP" the third.
    const round = b === null ? 0 : m[2]!.length === 1 ? ' ABCDE'.indexOf(m[2]!.toUpperCase()) : a + 1;
    if (round < 0) return null;
    return greekTag(Number(m[1]), round * 24 + (b ?? a) + 1);
  }
  return null;
}

/** The Greek tag of launch n of a year before 1963 ("1961 MU", "1962 A ALP"). */
function greekTag(year: number, n: number): string | null {
  if (year > 1962 || n < 1) return null;
  const round = Math.floor((n - 1) / 24);
  const letter = GREEK[(n - 1) % 24]!;
  if (round > 5) return null;
  return round === 0 ? `${year} ${letter}` : `${year} ${' ABCDE'[round]} ${letter}`;
}

// --- Given names: nicknames and short forms --------------------------------------------------

/**
 * Short and familiar forms of English given names and the formal names they stand for (a
 * general table, as name dictionaries give them), both ways: "Frank" finds "Francisco" and
 * "Francis", "Mike" finds "Michael".
 */
const SHORT_NAMES: Record<string, string[]> = {
  frank: ['francis', 'francisco', 'franklin'],
  mike: ['michael'],
  jim: ['james'],
  jimmy: ['james'],
  dave: ['david'],
  charlie: ['charles'],
  chuck: ['charles'],
  bill: ['william'],
  will: ['william'],
  bob: ['robert'],
  rob: ['robert'],
  ed: ['edward', 'edgar', 'edwin'],
  tom: ['thomas'],
  dick: ['richard'],
  rick: ['richard'],
  jack: ['john'],
  joe: ['joseph'],
  al: ['alan', 'albert', 'alfred'],
  ken: ['kenneth'],
  steve: ['stephen', 'steven'],
  dan: ['daniel'],
  don: ['donald'],
  doug: ['douglas'],
  greg: ['gregory'],
  jeff: ['jeffrey'],
  chris: ['christopher', 'christina', 'christine'],
  matt: ['matthew'],
  andy: ['andrew'],
  tony: ['anthony'],
  ron: ['ronald'],
  jerry: ['gerald', 'jerome'],
  larry: ['lawrence'],
  pat: ['patrick', 'patricia'],
  sam: ['samuel', 'samantha'],
  kate: ['katherine', 'kathleen'],
  kathy: ['kathryn', 'katherine', 'kathleen'],
  sasha: ['aleksandr', 'alexander'],
  misha: ['mikhail'],
  suni: ['sunita'],
  buzz: ['edwin'],
  pete: ['peter'],
  gus: ['virgil'],
  deke: ['donald'],
  butch: ['barry'],
};

/**
 * Well-known people whose familiar name is not a short form of their given name: the
 * familiar name and the formal given name, with the surname it goes with.
 */
const PERSON_NICKNAMES: { nick: string; formal: string; surname: string; why: string }[] = [
  { nick: 'butch', formal: 'barry', surname: 'wilmore', why: 'Barry E. Wilmore, known as Butch (NASA biography)' },
  { nick: 'jack', formal: 'harrison', surname: 'schmitt', why: 'Harrison Schmitt, Apollo 17, known as Jack' },
  { nick: 'pete', formal: 'charles', surname: 'conrad', why: 'Charles "Pete" Conrad, Gemini 5 and 11, Apollo 12, Skylab 2' },
  { nick: 'gus', formal: 'virgil', surname: 'grissom', why: 'Virgil I. "Gus" Grissom, Mercury-Redstone 4, Gemini 3' },
  { nick: 'deke', formal: 'donald', surname: 'slayton', why: 'Donald K. "Deke" Slayton, Apollo-Soyuz' },
  { nick: 'buzz', formal: 'edwin', surname: 'aldrin', why: 'Edwin "Buzz" Aldrin, Gemini 12, Apollo 11' },
  { nick: 'frank', formal: 'francisco', surname: 'rubio', why: 'Francisco "Frank" Rubio, Soyuz MS-22' },
  { nick: 'mike', formal: 'edward', surname: 'fincke', why: 'Edward Michael "Mike" Fincke, ISS expeditions 9, 18, 62' },
  { nick: 'hoot', formal: 'robert', surname: 'gibson', why: 'Robert "Hoot" Gibson, five Shuttle flights' },
  { nick: 'scooter', formal: 'scott', surname: 'altman', why: 'Scott "Scooter" Altman, four Shuttle flights' },
];

/**
 * The given names a query word can stand for (itself included): its short or formal forms, and
 * a well-known person's formal given name where `personWords` (that person's name words) hold
 * the surname that goes with the nickname; without `personWords`, every such name.
 */
export function givenNameForms(word: string, personWords?: readonly string[]): string[] {
  let general = formsMemo.get(word);
  if (general === undefined) {
    const out = new Set([word]);
    for (const f of Object.hasOwn(SHORT_NAMES, word) ? SHORT_NAMES[word]! : []) out.add(f);
    for (const [short, formal] of Object.entries(SHORT_NAMES)) if (formal.includes(word)) out.add(short);
    formsMemo.set(word, (general = [...out]));
  }
  const special = PERSON_NICKNAMES.filter((p) => p.nick === word && (personWords === undefined || personWords.includes(p.surname)));
  return special.length === 0 ? general : [...new Set([...general, ...special.map((p) => p.formal)])];
}

const formsMemo = new Map<string, string[]>();

/** givenNameForms() of a query word, worked out once per query: its forms, and the nicknames' formal names with their surnames. */
export interface NameForms {
  general: readonly string[];
  special: readonly { formal: string; surname: string }[];
}

export function nameForms(word: string): NameForms {
  return { general: givenNameForms(word, []), special: PERSON_NICKNAMES.filter((p) => p.nick === word) };
}

/** Does a person's name (its words) have one of a query word's forms? */
export function hasForm(f: NameForms, personWords: readonly string[]): boolean {
  return f.general.some((x) => personWords.includes(x)) || f.special.some((s) => personWords.includes(s.formal) && personWords.includes(s.surname));
}

// --- Suggestions, each record once -----------------------------------------------------------

/** Keeps the first of the suggestions that name the same record ("Frank Borman", "Borman, Frank"). */
export function oncePerRecord(suggestions: readonly string[], recordOf: (s: string) => string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of suggestions) {
    const r = recordOf(s);
    if (seen.has(r)) continue;
    seen.add(r);
    out.push(s);
  }
  return out;
}

// --- States, sites, agencies and vehicles by the names people use -----------------------------

/**
 * States by GCAT's state code, with the ISO codes and names people type for them, of the time
 * and of today ("SU", "USSR", "Soviet Union"). A value matches a state whole, never as a
 * substring ("US" is not in "Russia" or "Australia").
 */
const STATES: Record<string, readonly string[]> = {
  US: ['USA', 'United States', 'United States of America', 'America'],
  SU: ['USSR', 'Soviet Union', 'Soviet', 'CCCP', 'URS'],
  RU: ['RUS', 'Russia', 'Russian Federation'],
  CN: ['CHN', 'China', 'PRC', "People's Republic of China"],
  J: ['JP', 'JPN', 'Japan'],
  IN: ['IND', 'India'],
  F: ['FR', 'FRA', 'France'],
  I: ['IT', 'ITA', 'Italy'],
  D: ['DE', 'DEU', 'Germany'],
  UK: ['GB', 'GBR', 'United Kingdom', 'Britain', 'Great Britain'],
  BR: ['BRA', 'Brazil'],
  KR: ['KOR', 'South Korea', 'Republic of Korea'],
  KP: ['PRK', 'North Korea', 'DPRK'],
  IR: ['IRN', 'Iran'],
  IL: ['ISR', 'Israel'],
  AU: ['AUS', 'Australia'],
  NZ: ['NZL', 'New Zealand'],
  N: ['NO', 'NOR', 'Norway'],
  KAZ: ['KZ', 'Kazakhstan', 'Kazakstan'],
  GUF: ['French Guiana', 'Guyane'],
  'I-ESA': ['ESA', 'European Space Agency'],
  'I-ELDO': ['ELDO'],
  MHL: ['Marshall Islands'],
  DZ: ['DZA', 'Algeria'],
  KE: ['KEN', 'Kenya'],
};

const stateKey = new Map<string, string>();
for (const [code, names] of Object.entries(STATES)) for (const n of [code, ...names]) stateKey.set(normalize(n), normalize(code));

/** One key per state for any of its codes and names ("usa", "united states" -> "us"); else the value normalised. */
export function stateOf(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const n = normalize(value);
  if (n === '') return null;
  return stateKey.get(n) ?? n;
}

/** Every way to write the states the table knows, for "did you mean". */
export function stateNames(): string[] {
  return Object.entries(STATES).flatMap(([code, names]) => [code, ...names]);
}

/**
 * Names people use for launch sites, by GCAT's current site code, that GCAT and Launch Library 2
 * do not give as such.
 */
export const SITE_NAMES: Record<string, readonly string[]> = {
  // Cape Canaveral Space Force Station (Air Force Station until 2020); "Cape Kennedy" 1963-1973.
  CC: ['Cape Canaveral', 'Cape Canaveral Space Force Station', 'Cape Canaveral Air Force Station', 'CCSFS', 'CCAFS', 'Cape Kennedy'],
  // Vandenberg Space Force Base (Air Force Base until 2021).
  V: ['Vandenberg', 'Vandenberg Air Force Base', 'VAFB', 'VSFB'],
  // Baikonur Cosmodrome, built at Tyuratam.
  'GIK-5': ['Baikonur', 'Baykonur', 'Baikonur Cosmodrome', 'Tyuratam'],
  // Guiana Space Centre at Kourou (US spelling too).
  CSG: ['Guiana Space Center', 'Kourou'],
  KSC: ['Kennedy Space Center', 'KSC'],
  // Vostochny Cosmodrome, which GCAT files under Svobodny's current code.
  SVOB: ['Vostochny', 'Vostochny Cosmodrome'],
  // Plesetsk Cosmodrome: GCAT's current code GIK-1 (its two 1993-1995 launches under GNIIP stay apart).
  'GIK-1': ['Plesetsk', 'Plesetsk Cosmodrome'],
  // Starbase at Boca Chica, Texas.
  BCB: ['Boca Chica', 'Starbase'],
};

/** Names people use for agencies, by GCAT org code. */
export const AGENCY_NAMES: Record<string, readonly string[]> = {
  // Roscosmos (GCAT's "Roskosmos", the Federal Space Agency / State Corporation).
  FKA: ['Roscosmos', 'Roskosmos', 'Russian Federal Space Agency', 'RFSA'],
  ESA: ['European Space Agency'],
  ISRO: ['Indian Space Research Organisation'],
  JAXA: ['Japan Aerospace Exploration Agency'],
  SPX: ['SpaceX', 'Space Exploration Technologies'],
};

/**
 * Names that have no record of their own in GCAT's organisations, and why: a lookup by them
 * says so instead of guessing.
 */
export const AGENCY_NOTES: Record<string, string> = {
  cnsa: "GCAT credits China's launches to the organisations that fly them (CALT, SAST, CASC's companies), not to the CNSA: try 'almanac agency list --country CN'",
};

/** A vehicle query with the names people use rewritten to GCAT's: "Long March 5" and "CZ-5" are "Chang Zheng 5". */
export function vehicleQuery(q: string): string {
  return canon(q)
    .replace(/^long march\b/, 'chang zheng')
    .replace(/^cz\b/, 'chang zheng');
}
