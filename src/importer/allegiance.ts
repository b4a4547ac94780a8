// Whom each seat flew for: the state and the organisation on the date of the flight.
//
// Launch Library 2 gives each person's nationality and agency as they are today (Gagarin:
// Russia, Roscosmos). A fact is true for its time, so the importer maps those to the date of
// each flight with the rules below. Each rule is a matter of public record (when a state ceased
// to exist or an agency was founded or renamed); each per-person entry says why it is there.
import type { Nationality, SeatAgency } from '../data/types.js';

/** The last day of the Soviet Union (Gorbachev resigned on 1991-12-25; it was dissolved the next day). */
export const USSR_LAST_DAY = '1991-12-25';
/** The last day of Czechoslovakia (the Czech Republic and Slovakia from 1993-01-01). */
const CSSR_LAST_DAY = '1992-12-31';
/** The last day before German reunification (1990-10-03). */
const GDR_FRG_LAST_DAY = '1990-10-02';

const SOVIET_UNION: Nationality = { country: 'Soviet Union', code: 'SU' };
/** The fifteen Soviet republics' successor states (ISO codes). */
export const SOVIET_SUCCESSOR_CODES: ReadonlySet<string> = new Set(['AM', 'AZ', 'BY', 'EE', 'GE', 'KG', 'KZ', 'LT', 'LV', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ']);

/**
 * The states whose guests flew on Soviet flights under the Interkosmos programme (1978–1988):
 * Czechoslovakia, Poland, East Germany, Bulgaria, Hungary, Vietnam, Cuba, Mongolia, Romania,
 * India, Syria, Afghanistan. Codes are those of today's states (LL2's), mapped to the time's.
 */
const INTERKOSMOS_STATES = new Set(['CZ', 'SK', 'PL', 'DE', 'BG', 'HU', 'VN', 'CU', 'MN', 'RO', 'IN', 'SY', 'AF']);
export const INTERKOSMOS: SeatAgency = { abbrev: 'Interkosmos', name: 'Interkosmos programme' };
export const SOVIET_PROGRAMME: SeatAgency = { abbrev: null, name: 'Soviet space programme' };

const NASA: SeatAgency = { abbrev: 'NASA', name: 'National Aeronautics and Space Administration' };
const USAF: SeatAgency = { abbrev: 'USAF', name: 'United States Air Force' };
const SCALED: SeatAgency = { abbrev: null, name: 'Scaled Composites' };
const CNES: SeatAgency = { abbrev: 'CNES', name: 'Centre national d’études spatiales' };
const SPACE_ADVENTURES: SeatAgency = { abbrev: 'SA', name: 'Space Adventures' };

/**
 * Russia's space agency by its name of the time (LL2 calls it "Russian Federal Space Agency
 * (ROSCOSMOS)" for every date). Founded 1992-02-25 as the Russian Space Agency; renamed the
 * Russian Aviation and Space Agency in 1999; the Federal Space Agency (Roscosmos) from
 * 2004-03-09; the State Space Corporation Roscosmos from 2015-12-28. No crewed launch falls
 * within months of a renaming.
 */
const RUSSIAN_AGENCY: readonly { from: string; agency: SeatAgency }[] = [
  { from: '1992-02-25', agency: { abbrev: 'RKA', name: 'Russian Space Agency' } },
  { from: '1999-05-25', agency: { abbrev: 'Rosaviakosmos', name: 'Russian Aviation and Space Agency' } },
  { from: '2004-03-09', agency: { abbrev: 'Roscosmos', name: 'Federal Space Agency (Roscosmos)' } },
  { from: '2015-12-28', agency: { abbrev: 'Roscosmos', name: 'State Space Corporation Roscosmos' } },
];
const LL2_RUSSIAN_AGENCY = 'RFSA';

/**
 * Germany's research establishment by its name of the time: the DFVLR until 1989, the
 * Deutsche Forschungsanstalt für Luft- und Raumfahrt from 1989, and after its merger with the
 * space agency DARA on 1997-10-01 the German Aerospace Center (LL2's name for every date).
 */
const GERMAN_AGENCY: readonly { from: string; agency: SeatAgency }[] = [
  { from: '0000', agency: { abbrev: 'DFVLR', name: 'Deutsche Forschungs- und Versuchsanstalt für Luft- und Raumfahrt' } },
  { from: '1989-01-01', agency: { abbrev: 'DLR', name: 'Deutsche Forschungsanstalt für Luft- und Raumfahrt' } },
  { from: '1997-10-01', agency: { abbrev: 'DLR', name: 'German Aerospace Center' } },
];

/**
 * Names LL2 gives wrongly for every date, by LL2's abbreviation: CNES as "National Center of
 * Space Research" (it is the Centre national d’études spatiales); Ukraine's agency under its
 * Cyrillic initials (НКАУ). China's crews fly for its crewed programme, the China Manned
 * Space Agency, not the CNSA, which runs its uncrewed programmes.
 */
const AGENCY_NAMES: Record<string, SeatAgency> = {
  CNES,
  HKAY: { abbrev: 'NSAU', name: 'National Space Agency of Ukraine' },
  CNSA: { abbrev: 'CMSA', name: 'China Manned Space Agency' },
};

/** JAXA was formed on 2003-10-01 from NASDA, ISAS and NAL; Japan's astronauts flew for NASDA before. */
const JAXA_FROM = '2003-10-01';
const NASDA: SeatAgency = { abbrev: 'NASDA', name: 'National Space Development Agency of Japan' };

/**
 * People whose organisation on some flights differs from LL2's agency (today's, or a slip):
 * [LL2 name, flights before this date, organisation, why]. A date far ahead covers every flight.
 */
const EARLIER_AGENCY: readonly (readonly [string, string, SeatAgency, string])[] = [
  // X-15 pilots: the Air Force's flew for the USAF, NASA's for NASA (LL2 says NASA for all).
  ['Robert M. White', '1970-01-01', USAF, 'USAF test pilot on the X-15'],
  ['Robert A. Rushworth', '1970-01-01', USAF, 'USAF test pilot on the X-15'],
  ['Joe Engle', '1970-01-01', USAF, 'USAF test pilot on the X-15; NASA astronaut from 1966, flying the Shuttle for NASA'],
  ['William J. Knight', '1970-01-01', USAF, 'USAF test pilot on the X-15'],
  ['Michael J. Adams', '1970-01-01', USAF, 'USAF test pilot on the X-15'],
  // SpaceShipOne's pilots were Scaled Composites' test pilots (LL2 has Binnie with Virgin Galactic).
  ['William Brian Binnie', '2005-01-01', SCALED, 'Scaled Composites test pilot on SpaceShipOne (2004)'],
  ['Mike Melvill', '2005-01-01', SCALED, 'Scaled Composites test pilot on SpaceShipOne (2004)'],
  // Before an agency existed, its astronauts flew for its forerunner.
  ['Marc Garneau', '1989-03-01', { abbrev: 'NRC', name: 'National Research Council Canada' }, "Canada's first astronauts belonged to the NRC; the Canadian Space Agency was founded in 1989"],
  ['Loren Acton', '1995-03-15', { abbrev: null, name: 'Lockheed Palo Alto Research Laboratory' }, 'Lockheed Martin was formed in 1995; in 1985 he was a Lockheed solar physicist'],
  ['Rodolfo Neri Vela', '1986-01-01', { abbrev: 'SCT', name: 'Mexican Ministry of Communications and Transportation' }, "flew on STS-61-B as Mexico's payload specialist with its Morelos satellite (LL2 says NASA)"],
  // LL2 slips.
  ['Anna Menon', '2100-01-01', { abbrev: 'SpX', name: 'SpaceX' }, 'a SpaceX engineer on Polaris Dawn (LL2 gives NASA, her husband Anil Menon’s agency)'],
  ['Tuva Atasever', '2100-01-01', { abbrev: 'TUA', name: 'Turkish Space Agency' }, 'flew for Türkiye’s space agency on Galactic 07 (LL2 gives Turkmenistan’s)'],
  ['Sol Alan Stern', '2100-01-01', { abbrev: 'SwRI', name: 'Southwest Research Institute' }, 'flew as a SwRI researcher on Galactic 05 (LL2 gives NASA)'],
  ['Jameel Janjua', '2100-01-01', { abbrev: 'VG', name: 'Virgin Galactic' }, 'a Virgin Galactic pilot (LL2 gives no agency)'],
  ['Alper Gezeravci', '2100-01-01', { abbrev: 'TUA', name: 'Turkish Space Agency' }, "flew Türkiye's space agency's mission on Axiom Ax-3 (LL2 gives his employer, the air force)"],
  ['Ivan Bella', '2100-01-01', { abbrev: null, name: 'Government of Slovakia' }, "flew Slovakia's Štefánik mission under a Slovak–Russian agreement (LL2 gives Russia's agency)"],
  // The orbital tourists of 2001–2009 flew under contracts brokered by Space Adventures.
  ['Dennis Tito', '2100-01-01', SPACE_ADVENTURES, 'Space Adventures client'],
  ['Mark Shuttleworth', '2100-01-01', SPACE_ADVENTURES, 'Space Adventures client'],
  ['Gregory Olsen', '2100-01-01', SPACE_ADVENTURES, 'Space Adventures client'],
  ['Anousheh Ansari', '2100-01-01', SPACE_ADVENTURES, 'Space Adventures client'],
  ['Charles Simonyi', '2100-01-01', SPACE_ADVENTURES, 'Space Adventures client (2007, 2009)'],
  ['Richard Garriott', '2100-01-01', SPACE_ADVENTURES, 'Space Adventures client'],
  ['Guy Laliberté', '2100-01-01', SPACE_ADVENTURES, 'Space Adventures client'],
  // Shuttle payload specialists flew for their employer or sponsor, not NASA (LL2's agency).
  ['Charles D. Walker', '1986-01-01', { abbrev: null, name: 'McDonnell Douglas' }, 'McDonnell Douglas engineer on STS-41-D, 51-D and 61-B'],
  ['Robert J. Cenker', '1987-01-01', { abbrev: null, name: 'RCA' }, 'RCA engineer on STS-61-C'],
  ['Thomas Hennen', '1992-01-01', { abbrev: null, name: 'United States Army' }, 'Army payload specialist on STS-44'],
  ['Edwin Jacob Garn', '1986-01-01', { abbrev: null, name: 'United States Senate' }, 'a sitting senator on STS-51-D'],
  ['Bill Nelson', '1987-01-01', { abbrev: null, name: 'United States House of Representatives' }, 'a sitting congressman on STS-61-C'],
  ['Byron K. Lichtenberg', '1984-01-01', { abbrev: 'MIT', name: 'Massachusetts Institute of Technology' }, 'MIT researcher on STS-9'],
  ['Byron K. Lichtenberg', '1993-01-01', { abbrev: null, name: 'Payload Systems' }, 'Payload Systems on STS-45'],
  // NASA astronauts who later flew for a company.
  ['Peggy Whitson', '2018-01-01', NASA, 'NASA astronaut until 2018; commanded Axiom missions later'],
  ['Michael López-Alegría', '2012-01-01', NASA, 'NASA astronaut 1992–2012'],
  ['Frederick W. Sturckow', '2013-01-01', NASA, 'Shuttle flights as a NASA astronaut; Virgin Galactic pilot later'],
  ['Christopher Ferguson', '2012-01-01', NASA, 'Shuttle flights as a NASA astronaut; joined Boeing in 2011'],
  // European astronauts who flew for their national agency before joining ESA's corps.
  ['Claudie Haigneré', '1999-01-01', CNES, 'Cassiopée (1996) was a CNES mission; she joined ESA in 1999'],
  ['Michel Tognini', '1995-01-01', CNES, 'Antarès (Soyuz TM-15, 1992) was a CNES mission'],
  ['Léopold Eyharts', '1999-01-01', CNES, 'Pégase (Soyuz TM-27, 1998) was a CNES mission'],
  ['Hans Schlegel', '1998-01-01', { abbrev: 'DLR', name: 'DLR' }, 'Spacelab D-2 (STS-55, 1993) was a German mission; he joined ESA in 1998'],
  ['Reinhold Ewald', '1999-01-01', { abbrev: 'DLR', name: 'DLR' }, 'Mir 97 (Soyuz TM-25) was a German mission'],
  ['Umberto Guidoni', '1998-01-01', { abbrev: 'ASI', name: 'Italian Space Agency' }, 'STS-75 (TSS-1R, 1996) flew him for ASI; he joined ESA in 1998'],
  // Guests on Soviet flights outside Interkosmos.
  ['Helen Sharman', '1992-01-01', { abbrev: null, name: 'Project Juno' }, 'Project Juno, a British private venture, flew her on Soyuz TM-12 (1991)'],
  ['Toyohiro Akiyama', '1991-01-01', { abbrev: 'TBS', name: 'Tokyo Broadcasting System' }, 'a TBS journalist on Soyuz TM-11 (1990), his employer’s commercial flight'],
];

/**
 * People whose LL2 nationality is not the state they flew for: [LL2 name, state, why].
 */
const US: Nationality = { country: 'United States', code: 'US' };
const NATIONALITY_CORRECTIONS: readonly (readonly [string, readonly Nationality[], string])[] = [
  ['Salizhan Sharipov', [{ country: 'Russia', code: 'RU' }], 'born in the Kirghiz SSR, flew as a Russian cosmonaut (1998, 2004-2005); LL2 says Kyrgyzstan'],
  // Dual citizens whom LL2 gives one nationality; all three are US citizens.
  ['Anousheh Ansari', [US, { country: 'Iran', code: 'IR' }], 'an Iranian-born US citizen'],
  ['Charles Simonyi', [US, { country: 'Hungary', code: 'HU' }], 'a Hungarian-born US citizen'],
  ['Richard Garriott', [US, { country: 'United Kingdom', code: 'GB' }], 'a US citizen born in England to American parents'],
];

/** Today's states as LL2 names them, where the almanac prefers a shorter English name. */
const COUNTRY_NAMES: Record<string, string> = { US: 'United States', GB: 'United Kingdom' };

export interface AllegianceInput {
  name: string;
  /** LL2's nationality list (today's). */
  nationality: Nationality[];
  /** LL2's agency (today's). */
  agency: SeatAgency | null;
  /** Wikidata's nationality for the person ("Soviet Union", "West Germany", "East Germany"), '' if none. */
  wikidataNationality: string;
}

export interface AllegianceReport {
  /** Per-person entries that matched nobody (must be empty on the real sources). */
  unused: string[];
}

/** Today's nationality of a person, after corrections. */
function todays(p: AllegianceInput): Nationality[] {
  const fix = NATIONALITY_CORRECTIONS.find(([n]) => n === p.name);
  const list = fix ? fix[1] : p.nationality;
  return list.map((n) => ({ country: (n.code && COUNTRY_NAMES[n.code]) || n.country, code: n.code }));
}

/** A state of today as it was on `day` (an ISO date). */
export function stateOn(n: Nationality, day: string, german: 'east' | 'west' | null): Nationality {
  const code = n.code ?? '';
  if (SOVIET_SUCCESSOR_CODES.has(code) && day <= USSR_LAST_DAY) return SOVIET_UNION;
  if ((code === 'CZ' || code === 'SK') && day <= CSSR_LAST_DAY) return { country: 'Czechoslovakia', code: 'CS' };
  if (code === 'DE' && day <= GDR_FRG_LAST_DAY && german !== null) return german === 'east' ? { country: 'East Germany', code: 'DD' } : { country: 'West Germany', code: 'DE' };
  return n;
}

export class Allegiance {
  private used = new Set<string>();

  /** The state(s) and organisation of one seat. `sovietFlight`: a flight of the Soviet programme. */
  seat(p: AllegianceInput, day: string, sovietFlight: boolean): { nationality: Nationality[]; agency: SeatAgency | null } {
    // Germans before reunification: Wikidata says which Germany where it knows; else a guest on a
    // Soviet flight flew for East Germany and anyone else for West Germany.
    const german = /east germany/i.test(p.wikidataNationality) ? 'east' : /west germany/i.test(p.wikidataNationality) ? 'west' : sovietFlight ? 'east' : 'west';
    const nationality = dedupe(todays(p).map((n) => stateOn(n, day, german)));
    if (NATIONALITY_CORRECTIONS.some(([n]) => n === p.name)) this.used.add(`nationality:${p.name}`);
    return { nationality, agency: this.agencyOn(p, day, sovietFlight, nationality) };
  }

  private agencyOn(p: AllegianceInput, day: string, sovietFlight: boolean, states: Nationality[]): SeatAgency | null {
    const agency = this.organisation(p, day, sovietFlight, states);
    if (agency?.abbrev === 'DLR') return [...GERMAN_AGENCY].reverse().find((e) => day >= e.from)!.agency;
    return agency;
  }

  private organisation(p: AllegianceInput, day: string, sovietFlight: boolean, states: Nationality[]): SeatAgency | null {
    const earlier = EARLIER_AGENCY.find(([n, before]) => n === p.name && day < before);
    if (earlier) {
      this.used.add(`agency:${p.name}`);
      return earlier[2];
    }
    if (EARLIER_AGENCY.some(([n]) => n === p.name)) this.used.add(`agency:${p.name}`);
    if (states.some((s) => s.code === 'SU')) return SOVIET_PROGRAMME;
    if (sovietFlight && day <= USSR_LAST_DAY && p.nationality.some((n) => INTERKOSMOS_STATES.has(n.code ?? ''))) return INTERKOSMOS;
    if (p.agency?.abbrev === LL2_RUSSIAN_AGENCY) {
      const era = [...RUSSIAN_AGENCY].reverse().find((e) => day >= e.from);
      return era ? era.agency : p.agency;
    }
    if (p.agency?.abbrev === 'JAXA' && day < JAXA_FROM) return NASDA;
    return (p.agency?.abbrev ? AGENCY_NAMES[p.agency.abbrev] : undefined) ?? p.agency;
  }

  /** Nationality at the end of the record: at death, else on the data's last day. */
  person(p: AllegianceInput, died: string | null, horizon: string, lastSeat: Nationality[]): Nationality[] {
    const day = died !== null && died < horizon ? died : horizon.slice(0, 10);
    // Germans: only seats say which Germany; at a later date it is Germany for both.
    const german = lastSeat.some((n) => n.code === 'DD') ? 'east' : 'west';
    return dedupe(todays(p).map((n) => stateOn(n, day, german)));
  }

  report(): AllegianceReport {
    const all = [...EARLIER_AGENCY.map(([n]) => `agency:${n}`), ...NATIONALITY_CORRECTIONS.map(([n]) => `nationality:${n}`)];
    return { unused: all.filter((k) => !this.used.has(k)) };
  }
}

function dedupe(list: Nationality[]): Nationality[] {
  const seen = new Set<string>();
  return list.filter((n) => {
    const k = `${n.code}|${n.country}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
