// `npm run data:build [sources-dir] [--out data-dir]`: rebuilds data/ from the raw sources.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from './index.js';
import { SeatError } from './seatChecks.js';
import { PersonFactsError, type PersonFacts } from './personFacts.js';
import { SourceError } from './tsv.js';
import { writeFilesAtomically } from './write.js';

function main(argv: string[]): number {
  let sources = '../shared/sources';
  let out = 'data';
  let events = fileURLToPath(new URL('../src/importer/events.txt', import.meta.url));
  /** A JSON file of { notPeople, dates } in place of src/importer/personFacts.ts's tables (for test sources). */
  let personFactsFile: string | null = null;
  const rest = [...argv];
  while (rest.length > 0) {
    const a = rest.shift()!;
    if (a === '--out') out = rest.shift() ?? out;
    else if (a === '--events') events = resolve(rest.shift() ?? events);
    else if (a === '--person-facts') personFactsFile = resolve(rest.shift() ?? '');
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run data:build -- [sources-dir (default ../shared/sources)] [--out data-dir (default data)] [--events file (default src/importer/events.txt)] [--person-facts file.json (default: the tables in src/importer/personFacts.ts)]\n');
      return 0;
    } else sources = a;
  }
  const dir = resolve(sources);
  if (!existsSync(dir)) {
    process.stderr.write(`error: sources folder ${dir} does not exist\nhint: pass the folder that holds gcat/ and ll2/ (see ../shared/sources/SOURCES.md)\n`);
    return 2;
  }
  let result;
  try {
    const personFacts = personFactsFile === null ? undefined : (JSON.parse(readFileSync(personFactsFile, 'utf8')) as PersonFacts);
    result = buildDataset(dir, { events, ...(personFacts ? { personFacts } : {}) });
  } catch (e) {
    if (e instanceof SourceError || e instanceof SeatError || e instanceof PersonFactsError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`error: ${(e as Error).message}\nhint: data/ was left untouched\n`);
      return 3;
    }
    throw e;
  }
  writeFilesAtomically(resolve(out), result.files);
  const r = result.report;
  const lines = [
    `launches: ${r.launches} (launchlog.tsv ${r.fromLog}, launch-tail.tsv ${r.fromTail})`,
    `launches in both launch lists: ${r.overlap.launches}; launch-tail.tsv's newer values changed ${r.overlap.changes.reduce((n, c) => n + c.fields.length, 0)} fields on ${r.overlap.changes.length} of them (listed under source disagreements)`,
    `Launch Library 2 joins: ${Object.entries(r.ll2Matched).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `not launch attempts (left out): ${r.notAttempts.join(', ') || 'none'}`,
    `GCAT launches in Launch Library 2's span with no LL2 join: ${r.ll2Unmatched.length}`,
    ...r.ll2Unmatched.map((u) => `  ${u}`),
    `unmatched references: ${r.unmatched.length}`,
    ...r.unmatched.map((u) => `  ${u}`),
    `source disagreements: ${r.notes.length}`,
    ...r.notes.map((n) => `  ${n}`),
    `people: ${result.files['people.json']?.split('\n').length ?? 0} lines; crew flights that are not spaceflights by the suborbital rule (apogee at least 80 km; left out): ${r.crew.notSpaceflights.length}`,
    ...r.crew.notSpaceflights.map((u) => `  ${u}`),
    `crew facts (src/importer/crewFacts.ts) that match no seat: ${r.crew.factsUnused.length}`,
    ...r.crew.factsUnused.map((u) => `  ${u}`),
    `LL2 people with no flight in the dataset (left out): ${r.crew.peopleWithoutFlights.length}`,
    ...r.crew.peopleWithoutFlights.map((u) => `  ${u}`),
    `Wikidata missions with a launch time that match no flight: ${r.crew.missionsUnmatched.length}`,
    ...r.crew.missionsUnmatched.map((u) => `  ${u}`),
    `crew-table rows that match no seat: ${r.crew.tidyUnmatched.length}`,
    ...r.crew.tidyUnmatched.map((u) => `  ${u}`),
    `birth and death dates corrected by src/importer/personFacts.ts: ${r.crew.dates.corrected.length}`,
    ...r.crew.dates.corrected.map((u) => `  ${u}`),
    `1 January dates confirmed by src/importer/personFacts.ts (kept to the day): ${r.crew.dates.confirmed.length}`,
    ...r.crew.dates.confirmed.map((u) => `  ${u}`),
    `1 January dates no second source confirms (kept as the year only): ${r.crew.dates.yearOnly.length}`,
    ...r.crew.dates.yearOnly.map((u) => `  ${u}`),
    `birth years where LL2 and the crew table disagree (LL2 or a correction kept; the table's year is sometimes the selection year): ${r.crew.dates.disagreements.length}`,
    ...r.crew.dates.disagreements.map((u) => `  ${u}`),
    `crew notes (choices the importer made): ${r.crew.notes.length}`,
    ...r.crew.notes.map((u) => `  ${u}`),
    `landing vehicle disagreements: ${r.crew.landingDisagreements.length}`,
    ...r.crew.landingDisagreements.map((u) => `  ${u}`),
    `people whose computed time in space differs from Wikidata's by more than 1 %: ${r.crew.totals.length}`,
    ...r.crew.totals.map((t) => `  ${t.person}: computed ${(t.computed / 86400).toFixed(2)} d, reference ${(t.reference / 86400).toFixed(2)} d (${(t.diff * 100).toFixed(1)} %): ${t.why}`),
    `events: ${result.files['events.json']!.split('\n').length - 3} on ${new Set([...result.files['events.json']!.matchAll(/"time":"\d{4}-(\d\d-\d\d)/g)].map((m) => m[1])).size} calendar days`,
    ...Object.entries(result.files).map(([f, t]) => `wrote ${out}/${f} (${Buffer.byteLength(t)} bytes)`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
