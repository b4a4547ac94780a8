// Vehicles (lv.tsv) and agencies (orgs.tsv) referenced by the launches.
import type { Agency, Vehicle } from '../data/types.js';
import { decodeLatex, readableOrgName } from './orgNames.js';
import type { TsvFile } from './tsv.js';

// orgs.tsv columns
const O = { code: 0, state: 2, type: 3, cls: 4, shortName: 7, name: 8, shortEName: 14, eName: 15 };
// lv.tsv columns
const V = { name: 0, family: 1, maker: 2, variant: 3 };

export type OrgIndex = ReadonlyMap<string, (string | null)[]>;

export function indexOrgs(orgs: TsvFile): OrgIndex {
  const m = new Map<string, (string | null)[]>();
  for (const r of orgs.rows) {
    const code = r.fields[O.code];
    if (code && !m.has(code)) m.set(code, r.fields);
  }
  return m;
}

/** GCAT's English name of an org or state code, as given: its short English name, English name, or name. */
export function orgEnglishName(orgs: OrgIndex, code: string, short: boolean): string | null {
  const r = orgs.get(code);
  if (!r) return null;
  return (short ? (r[O.shortEName] ?? r[O.eName]) : (r[O.eName] ?? r[O.shortEName])) ?? r[O.name] ?? null;
}

/** The full name to show for an org (orgNames.ts), and GCAT's own. */
function orgNames(orgs: OrgIndex, code: string): { name: string; gcatName: string } | null {
  const gcatName = orgEnglishName(orgs, code, false);
  return gcatName === null ? null : { name: readableOrgName(code, gcatName), gcatName };
}

export function stateNames(orgs: OrgIndex): Map<string, string> {
  const m = new Map<string, string>();
  for (const [code] of orgs) {
    const name = orgEnglishName(orgs, code, true);
    if (name) m.set(code, decodeLatex(name));
  }
  return m;
}

export function buildAgencies(ids: Iterable<string>, orgs: OrgIndex, unmatched: string[]): Agency[] {
  const out: Agency[] = [];
  for (const id of [...new Set(ids)].sort()) {
    const r = orgs.get(id);
    if (!r) {
      unmatched.push(`agency ${id}: not in orgs.tsv`);
      out.push({ id, shortName: id, name: id, gcatName: null, state: null, stateName: null, types: [], class: null });
      continue;
    }
    const state = r[O.state];
    const gcatName = r[O.eName] ?? r[O.name] ?? id;
    out.push({
      id,
      shortName: decodeLatex(r[O.shortName] ?? id),
      name: readableOrgName(id, gcatName),
      gcatName,
      state: state ?? null,
      stateName: state ? decodeLatex(orgEnglishName(orgs, state, true) ?? state) : null,
      types: (r[O.type] ?? '').split('/').filter(Boolean),
      class: r[O.cls] ?? null,
    });
  }
  return out;
}

/**
 * A maker's names. GCAT names some makers by two org codes ("CALT/SLREC": the vehicle and its
 * engines, or a prime and its plant); their names are joined the same way. Null where a code is
 * not in orgs.tsv.
 */
function makerNames(orgs: OrgIndex, maker: string): { name: string; gcatName: string } | null {
  const parts = maker.split('/').map((code) => orgNames(orgs, code));
  if (parts.some((p) => p === null)) return null;
  return { name: parts.map((p) => p!.name).join(' / '), gcatName: parts.map((p) => p!.gcatName).join(' / ') };
}

export function buildVehicles(ids: Iterable<string>, lv: TsvFile, orgs: OrgIndex, unmatched: string[]): Vehicle[] {
  const rows = new Map<string, (string | null)[][]>();
  for (const r of lv.rows) {
    const name = r.fields[V.name];
    if (name) rows.set(name, [...(rows.get(name) ?? []), r.fields]);
  }
  const out: Vehicle[] = [];
  for (const id of [...new Set(ids)].sort()) {
    const rs = rows.get(id);
    if (!rs) {
      unmatched.push(`vehicle ${id}: not in lv.tsv, family and maker left empty`);
      out.push({ id, family: null, manufacturer: null, manufacturerName: null, manufacturerGcatName: null, variants: [], listed: false });
      continue;
    }
    const first = rs[0]!;
    const maker = first[V.maker];
    const names = maker ? makerNames(orgs, maker) : null;
    if (maker && !names) unmatched.push(`vehicle ${id}: maker ${maker} not in orgs.tsv, its name left empty`);
    out.push({
      id,
      family: first[V.family] ?? null,
      manufacturer: maker ?? null,
      manufacturerName: names?.name ?? null,
      manufacturerGcatName: names?.gcatName ?? null,
      variants: [...new Set(rs.map((r) => r[V.variant]).filter((v): v is string => v !== null))].sort(),
      listed: true,
    });
  }
  return out;
}
