// Crewed suborbital flights: which Launch Library 2 crew flights that are not orbital launch
// attempts count as spaceflights, and their records for suborbital.json.
import type { SuborbitalFlight } from '../data/types.js';
import type { TailFlight } from './crew.js';
import { JOIN_TOLERANCE_MS } from './ll2.js';
import { nameOverlap } from './names.js';
import { startMs } from '../domain/time.js';

export interface LL2Flight {
  id: string;
  name: string;
  net: string;
}

/** "Redstone MRLV | Mercury-Redstone 3" -> vehicle and name. */
export function splitLL2Name(name: string): { vehicle: string; name: string } {
  const bar = name.indexOf('|');
  if (bar < 0) return { vehicle: name.trim(), name: name.trim() };
  return { vehicle: name.slice(0, bar).trim(), name: name.slice(bar + 1).trim() };
}

/** The Wikidata mission that confirms a flight, by time and name (see missions.ts). */
export type MissionFinder = (time: string, names: string[], sameDay?: boolean) => { id: string } | null;

/**
 * The LL2 crew flights (not joined to an orbital launch, before the data's horizon) that
 * GCAT's suborbital list or Wikidata's crewed missions confirm; the rest are listed as not
 * spaceflights.
 */
export function selectSuborbital(
  candidates: readonly LL2Flight[],
  tailFlights: readonly TailFlight[],
  missionFor: MissionFinder,
): { suborbital: SuborbitalFlight[]; notSpaceflights: string[] } {
  const suborbital: SuborbitalFlight[] = [];
  const notSpaceflights: string[] = [];
  const subDays = new Map<string, number>();
  const sorted = [...candidates].sort((a, b) => (a.net < b.net ? -1 : a.net > b.net ? 1 : a.id < b.id ? -1 : 1));
  for (const f of sorted) {
    const { vehicle, name } = splitLL2Name(f.name);
    const gcat = tailFlights.find((t) => (t.precision === 'day' ? t.time === f.net.slice(0, 10) : Math.abs(startMs(t.time) - startMs(f.net)) <= JOIN_TOLERANCE_MS) && nameOverlap([t.name, t.vehicle], [f.name]) > 0);
    const mission = missionFor(f.net, [f.name]) ?? missionFor(f.net, [f.name], true);
    if (!gcat && !mission) {
      notSpaceflights.push(`${f.net.slice(0, 10)} ${f.name}`);
      continue;
    }
    let id = gcat?.id;
    if (id === undefined) {
      const day = f.net.slice(0, 10);
      const n = (subDays.get(day) ?? 0) + 1;
      subDays.set(day, n);
      id = n === 1 ? `sub-${day}` : `sub-${day}-${n}`;
    }
    suborbital.push({
      id,
      name,
      time: gcat?.time ?? f.net,
      precision: gcat?.precision ?? 'second',
      category: 'suborbital',
      vehicle: gcat?.vehicle ?? vehicle,
      site: gcat?.site ?? null,
      pad: gcat?.pad ?? null,
      ll2: { id: f.id, name: f.name },
      wikidata: mission ? mission.id.replace(/^wikidata:/, '') : null,
    });
  }
  return { suborbital, notSpaceflights };
}
