// Readable English names for GCAT organisations (orgs.tsv) that reach the data as agencies or
// vehicle makers. GCAT's English name (EName, else Name) is used as given except where it is a
// transliteration, a typo or a truncation shown to users; those are replaced below, each entry
// saying why. GCAT's own name is kept on the record (Agency.gcatName, Vehicle.manufacturerGcatName).
// Independently of the table, LaTeX accent escapes in GCAT's names (SEREB's "Soci\'et\'e") are
// decoded to the letters they stand for.
//
// Only names the project is sure of are written here; everything else stays as GCAT gives it.

export interface OrgName {
  name: string;
  why: string;
}

export const ORG_NAMES: Record<string, OrgName> = {
  // --- Transliterations of the Russian or Persian names of agencies that flew launches ---------
  // GCAT's agency for Soviet military and most civil launches of the 1980s: the Ministry of
  // Defence's directorate of the chief of space assets (Upravleniye Nachalnika Kosmicheskikh
  // Sredstv, UNKS), and its continuation under the Russian Federation in 1991–1992.
  UNKS: {
    name: 'Directorate of the Chief of Space Assets, Soviet Ministry of Defence',
    why: 'GCAT gives the Russian name untranslated (Upravleniye Nachalnika Kosmicheskikh Sredstv)',
  },
  UNKSR: {
    name: 'Directorate of the Chief of Space Assets, Russian Federation',
    why: 'GCAT gives the Russian name untranslated (Upravleniye Nachalnika Kosmicheskikh Sredstv RF)',
  },
  // Rosaviakosmos; GCAT's transliteration also misspells agentstvo ("agentsvo").
  RKA: {
    name: 'Russian Aviation and Space Agency (Rosaviakosmos)',
    why: 'GCAT gives a misspelt transliteration (Rossiskoe aviatsionno-kosmicheskoe agentsvo)',
  },
  // The agency's own English spelling.
  FKA: {
    name: 'Roscosmos',
    why: 'GCAT transliterates it Roskosmos; the agency spells itself Roscosmos in English',
  },
  IRGC: {
    name: 'Islamic Revolutionary Guard Corps (Missile Forces)',
    why: 'GCAT gives the Persian name untranslated (Sepah-e Pasdaran-e Enghelab-e Eslami)',
  },
  // --- Typos and truncations -------------------------------------------------------------------
  MVS: { name: 'Ministry of the Armed Forces', why: 'GCAT\'s English name has a typo ("Miinistry")' },
  // NASDA's English name was "National Space Development Agency of Japan".
  NASDA: {
    name: 'National Space Development Agency of Japan',
    why: 'GCAT\'s English name is misspelt and wrong ("National Space Development Adminstration")',
  },
  // Uchu Koku Kenkyujo, the University of Tokyo institute (ISAS before 1981).
  ISAS: { name: 'Institute of Space and Aeronautical Science', why: 'GCAT\'s English name is cut short ("Sci")' },
  // Named Lyndon B. Johnson Space Center in 1973 (the date GCAT's record starts).
  JSC: { name: 'NASA Johnson Space Center', why: 'GCAT calls it "Johnson Space Flight Center", which was never its name' },
  // GCAT's name carries a note with a typo: "(D for RU lanch vehicle)".
  EUROK: { name: 'Eurockot Launch Services GmbH', why: 'GCAT\'s name carries a note with a typo ("lanch")' },
  // YG = youxian gongsi, "company limited".
  ZHSH: { name: 'CASC Commercial Rocket Co. Ltd.', why: 'GCAT\'s English name leaves the Chinese abbreviation YG (Co. Ltd.)' },
  // --- Vehicle makers ----------------------------------------------------------------------------
  GRUM: { name: 'Grumman Aerospace Corporation', why: 'GCAT misspells Grumman ("Grummann")' },
  // SEREB's name, with the accents GCAT writes as LaTeX escapes and its French spelling fixed
  // (balistiques, étude).
  SEREB: {
    name: "Société pour l'étude et la réalisation d'engins balistiques",
    why: 'GCAT writes the accents as LaTeX escapes and misspells étude and balistiques',
  },
  OKB586: { name: 'Yangel Design Bureau (OKB-586)', why: 'GCAT\'s English name leaves the Russian abbreviation KB (design bureau)' },
  OKB1: { name: 'Korolev Design Bureau (OKB-1)', why: 'GCAT gives the Russian name (OKB-1 im. S.P. Korolev)' },
  MITT: { name: 'Moscow Institute of Thermal Technology', why: 'GCAT\'s English name is abbreviated ("Inst")' },
  // The company was Israel Aircraft Industries (today Israel Aerospace Industries).
  IAI: { name: 'Israel Aircraft Industries, Mabat factory', why: 'GCAT says "Israeli Aircraft Industries"' },
};

// LaTeX accent commands and the Unicode combining marks they stand for.
const ACCENTS: Record<string, string> = {
  "'": '\u0301', // acute
  '`': '\u0300', // grave
  '^': '\u0302', // circumflex
  '"': '\u0308', // diaeresis
  '~': '\u0303', // tilde
  '=': '\u0304', // macron
  '.': '\u0307', // dot above
  u: '\u0306', // breve
  v: '\u030c', // caron
  H: '\u030b', // double acute
  c: '\u0327', // cedilla
  k: '\u0328', // ogonek
};
// Letters LaTeX writes as commands.
const LETTERS: Record<string, string> = { ss: 'ß', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł', i: 'ı' };

/**
 * Decodes LaTeX accent escapes into Unicode: `\'e`, `\'{e}`, `{\'e}`, `\"{u}`, `\c{c}`, `\c c`,
 * `\ss`, `{\o}`… Text without a backslash is returned unchanged.
 */
export function decodeLatex(text: string): string {
  if (!text.includes('\\')) return text;
  let s = text
    // Symbol accents: \'e \'{e} \' e
    .replace(/\\(['`^"~=.])\s*(?:\{([A-Za-z]|\\i)\}|([A-Za-z]))/g, (_, a: string, b?: string, c?: string) => letter(b ?? c!) + ACCENTS[a])
    // Letter accents need braces or a space: \c{c} \c c \v{s}
    .replace(/\\([uvHck])(?:\{([A-Za-z]|\\i)\}|\s+([A-Za-z]))/g, (_, a: string, b?: string, c?: string) => letter(b ?? c!) + ACCENTS[a])
    // Letters: \ss \o {\aa}
    .replace(/\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i)(?![A-Za-z])\s?/g, (_, l: string) => LETTERS[l]!);
  // Braces left around single letters: {é}
  s = s.replace(/\{(\p{L}\p{M}*)\}/gu, '$1');
  return s.normalize('NFC');
}

function letter(l: string): string {
  return l === '\\i' ? 'i' : l;
}

/** The name to show for an org: the table's, else GCAT's with LaTeX escapes decoded. */
export function readableOrgName(code: string, gcatName: string): string {
  return ORG_NAMES[code]?.name ?? decodeLatex(gcatName);
}
