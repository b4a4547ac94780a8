// Launch titles: the name people recognise, by one rule, and the other names as aliases.
//
// Rule (in order):
// 1. A title in LAUNCH_NAMES below (the Apollo lunar-module ascents, which no LL2 mission names).
// 2. Launch Library 2's mission name, where the launch joined LL2, the name is not a generic one
//    ("Maiden Flight", "Flight 2") and no other launch has the same mission name ("Vanguard",
//    "Ekran" name whole series): with a trailing parenthetical that holds a name (not a bare
//    number) moved to the aliases ("Gemini IV (Gemini 4)" -> "Gemini IV", alias "Gemini 4";
//    "STS-31 (Hubble)" -> "STS-31", alias "Hubble").
// 3. Else GCAT's name (the flight name or first payload).
// Aliases: GCAT's name, the parenthetical's names, the LL2 mission where it is not the title,
// and the names people use from LAUNCH_NAMES (`knownAs`, matched as surely as the title).
import { canon } from '../domain/match.js';

/** Names people use for launches, which neither source gives; each with its basis. */
export const LAUNCH_NAMES: Record<string, { title?: string; knownAs?: string[]; why: string }> = {
  '1957 BET': { knownAs: ['Laika'], why: 'Sputnik 2 carried the dog Laika, 1957-11-03' },
  '1962 GAM': { knownAs: ['MA-6'], why: "John Glenn's Mercury-Atlas 6 flight, capsule Friendship 7" },
  '1969-U01': { title: 'Apollo 11 LM Eagle ascent', why: "Apollo 11's lunar module Eagle lifting off the Moon, 1969-07-21" },
  '1969-U02': { title: 'Apollo 12 LM Intrepid ascent', why: "Apollo 12's lunar module Intrepid lifting off the Moon" },
  '1971-U01': { title: 'Apollo 14 LM Antares ascent', why: "Apollo 14's lunar module Antares lifting off the Moon" },
  '1971-U02': { title: 'Apollo 15 LM Falcon ascent', why: "Apollo 15's lunar module Falcon lifting off the Moon" },
  '1972-U02': { title: 'Apollo 16 LM Orion ascent', why: "Apollo 16's lunar module Orion lifting off the Moon" },
  '1972-U03': { title: 'Apollo 17 LM Challenger ascent', why: "Apollo 17's lunar module Challenger lifting off the Moon, 1972-12-14" },
  '1970-095': { knownAs: ['Lunokhod 1'], why: 'Luna 17 landed the rover Lunokhod 1, 1970-11-17' },
  '1973-001': { knownAs: ['Lunokhod 2'], why: 'Luna 21 landed the rover Lunokhod 2, 1973-01-15' },
  '1973-027': { knownAs: ['Skylab'], why: 'the Skylab station itself, launched 1973-05-14 on the last Saturn V (Skylab 2-4 were its crews)' },
  '1990-037': { knownAs: ['Hubble Space Telescope'], why: 'STS-31 deployed the Hubble Space Telescope, 1990-04-24' },
  '1998-067': { knownAs: ['International Space Station', 'ISS'], why: 'Zarya, launched 1998-11-20, is the first module of the International Space Station' },
  '2011-070': { knownAs: ['Mars Science Laboratory'], why: 'Curiosity flew as the Mars Science Laboratory mission, 2011-11-26' },
  '2019-011': { knownAs: ['Demo-1', 'DM-1', 'Crew Dragon Demo-1', 'SpaceX Demo-1'], why: "SpaceX's uncrewed Crew Dragon Demo-1 test flight to the ISS, 2019-03-02" },
  '2020-033': { knownAs: ['Demo-2', 'DM-2', 'Crew Dragon Demo-2', 'SpaceX Demo-2'], why: "SpaceX's Demo-2, the first crewed Crew Dragon flight (Hurley, Behnken), 2020-05-30" },
  '2021-130': { knownAs: ['Webb'], why: 'the James Webb Space Telescope, launched 2021-12-25' },
};

const GENERIC = /^(maiden flight|(test |demo )?flight \d+|test flight|demo flight|unknown( payload)?)$/i;

/** "Gemini IV (Gemini 4)" -> ["Gemini IV", ["Gemini 4"]]; "Korabl-Sputnik (2)" stays whole. */
export function splitParenthetical(name: string): [string, string[]] {
  const m = /^(.*\S)\s*\(([^()]*)\)$/.exec(name.trim());
  if (!m || !/[A-Za-z]/.test(m[2]!) || !/[A-Za-z0-9]/.test(m[1]!)) return [name.trim(), []];
  return [m[1]!.trim(), m[2]!.split(' / ').map((s) => s.trim()).filter((s) => s !== '')];
}

export interface Titled {
  title: string;
  aliases: string[];
  knownAs: string[];
}

/** Title, aliases and names people use of each launch; `missionUses` counts the launches per canonical LL2 mission name. */
export function launchTitle(l: { id: string; name: string; ll2: { mission: string | null } | null }, missionUses: ReadonlyMap<string, number>): Titled {
  const hand = Object.hasOwn(LAUNCH_NAMES, l.id) ? LAUNCH_NAMES[l.id]! : undefined;
  const mission = l.ll2?.mission ?? null;
  const names: string[] = [];
  let title = l.name;
  if (hand?.title) title = hand.title;
  else if (mission !== null && !GENERIC.test(mission.trim()) && missionUses.get(canon(mission)) === 1) {
    const [main, extra] = splitParenthetical(mission);
    title = main;
    names.push(...extra);
  }
  const knownAs = hand?.knownAs ?? [];
  const all = [l.name, ...names, ...(mission !== null ? [mission] : []), ...knownAs];
  const seen = new Set([canon(title)]);
  const aliases: string[] = [];
  for (const n of all) {
    const k = canon(n);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    aliases.push(n);
  }
  return { title, aliases, knownAs };
}

/** Launches per canonical LL2 mission name. */
export function missionCounts(launches: readonly { ll2: { mission: string | null } | null }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of launches) {
    const k = l.ll2?.mission ? canon(l.ll2.mission) : null;
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
