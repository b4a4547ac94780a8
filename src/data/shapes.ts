// The shape of every record of every data file: each field the program reads, with its type.
// A record that does not have it is a data problem (exit 3, naming the file and the record),
// never a crash deeper in a command. The importer checks every record when it builds the
// indexes; the loader checks a whole file's records where the manifest does not vouch for the
// file, and every record it reads through the indexes.

/** s string, n number, b boolean, a array; "?" also null. An object is a record's shape, [x] an array of x. */
type Spec = 's' | 's?' | 'n' | 'n?' | 'b' | 'b?' | 'a' | 'o?' | Shape | [Spec] | { nullable: Shape };
interface Shape {
  [field: string]: Spec;
}

const nullable = (shape: Shape) => ({ nullable: shape });

function fits(spec: Spec, v: unknown, deep = true): boolean {
  switch (spec) {
    case 's': return typeof v === 'string';
    case 's?': return v === null || typeof v === 'string';
    case 'n': return typeof v === 'number' && Number.isFinite(v);
    case 'n?': return v === null || (typeof v === 'number' && Number.isFinite(v));
    case 'b': return typeof v === 'boolean';
    case 'b?': return v === null || typeof v === 'boolean';
    case 'a': return Array.isArray(v);
    case 'o?': return v === null || (typeof v === 'object' && !Array.isArray(v));
  }
  if (Array.isArray(spec)) return Array.isArray(v) && (!deep || v.every((x) => fits(spec[0], x)));
  if ('nullable' in spec && Object.keys(spec).length === 1) return v === null || fits(spec.nullable as Shape, v, deep);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  for (const field of Object.keys(spec)) {
    const f = (spec as Shape)[field]!;
    const x = Object.hasOwn(r, field) ? r[field] : undefined;
    if (!fits(f, x, deep)) return false;
  }
  return true;
}

const nationality: Shape = { country: 's', code: 's?' };
const seat: Shape = {
  launch: 's', role: 's?', roleSource: 's?', nationality: [nationality], agency: nullable({ abbrev: 's?', name: 's' }), landedIn: 's', landedInSource: 's',
  landing: 's?', landingPrecision: 's?', outcome: 's', lost: nullable({ at: 's', precision: 's', phase: 's' }), reachedSpace: 'b', seconds: 'n?', partOf: 's?',
};

export const SHAPES: Record<string, Shape> = {
  'launches.json': {
    id: 's', name: 's', time: 's', precision: 's', uncertain: ['s'], vehicle: 's', variant: 's?', flightId: 's?', site: 's', pad: 's?', platform: 's?', agencies: ['s'],
    code: 's', category: 's', outcome: 's', score: 'n?', success: 'b?', payloads: ['s'], payloadCount: 'n?', crewed: 'b',
    ll2: nullable({ id: 's', name: 's', mission: 's?', missionType: 's?', match: 's' }),
  },
  'sites.json': {
    id: 's', current: 's', shortName: 's', name: 's', gcatName: 's', ll2Name: 's?', country: 's?', state: 's', stateName: 's?', body: 's', latitude: 'n?', longitude: 'n?',
    timeZone: 's?', timeZoneSource: 's?', pads: [{ code: 's', name: 's?', ll2Name: 's?', latitude: 'n?', longitude: 'n?', coordinates: 's' }],
  },
  'vehicles.json': { id: 's', family: 's?', manufacturer: 's?', manufacturerName: 's?', manufacturerGcatName: 's?', variants: ['s'], listed: 'b' },
  'agencies.json': { id: 's', shortName: 's', name: 's', gcatName: 's?', state: 's?', stateName: 's?', types: ['s'], class: 's?' },
  'people.json': {
    id: 's', name: 's', names: ['s'], native: 's?', born: 's?', bornPrecision: 's?', died: 's?', diedPrecision: 's?', nationality: [nationality],
    agency: nullable({ abbrev: 's?', name: 's' }), flights: [seat], seconds: 'n', complete: 'b', reference: 'n?',
  },
  'suborbital.json': {
    id: 's', name: 's', time: 's', precision: 's', timeSource: 's', launch: 's', category: 's', vehicle: 's', site: 's?', pad: 's?', apogeeKm: 'n?', apogeeSource: 's',
    karman: 'b', lost: nullable({ at: 's', phase: 's' }), ll2: nullable({ id: 's', name: 's' }), wikidata: 's?',
  },
  'events.json': { id: 's', time: 's', precision: 's', kind: 's', title: 's', launches: ['s'], people: ['s'] },
};

/**
 * True when `r` is a record of `file` with every field the program reads, of its type. `deep`
 * false checks the record's own fields and leaves nested records and lists to their kind only:
 * enough for a record read through the indexes, whose bytes match the hash the importer wrote
 * after checking it in full.
 */
export function hasShape(file: string, r: unknown, deep = true): boolean {
  const shape = Object.hasOwn(SHAPES, file) ? SHAPES[file] : undefined;
  return shape !== undefined && fits(shape, r, deep);
}
