// `data info`: what the bundled dataset covers and where it comes from.
import type { LaunchRef, Meta } from '../data/types.js';

export const CATEGORY_LABEL: Record<string, string> = {
  orbital: 'orbital',
  'deep-space': 'deep space',
  'lunar-ascent': 'lunar ascent',
};

/** Which dataset a command reads: the bundled one, one `almanac data update` built, or a folder the user named. */
export interface DatasetInUse {
  kind: 'bundled' | 'updated' | 'chosen';
  folder: string;
  /** When the update fetched its sources (ISO 8601 UTC); null for the others. */
  fetchedAt: string | null;
  /** The bundled dataset the update was built on. */
  bundled: string | null;
  /**
   * With the bundled dataset: the dataset `almanac data update` built with another version of
   * the program, which this one does not use (after an upgrade, until the next update); else null.
   */
  ignored: { folder: string; version: string } | null;
}

export interface DatasetInfo {
  schema: number;
  inUse: DatasetInUse | null;
  dataset: string;
  coverage: { first: LaunchRef | null; last: LaunchRef | null };
  launches: number;
  crewed: number;
  /** Successes by GCAT's rule (a partial score below 0.75 counts as a failure). */
  successes: number;
  byCategory: Record<string, number>;
  byOutcome: Record<string, number>;
  byDecade: Record<string, number>;
  byYear: Record<string, number>;
  counts: Meta['counts'];
  sources: Meta['sources'];
  choices: string[];
  /** The crewed suborbital rule and the counts above and below 100 km (null for a dataset built before it). */
  suborbital: { rule: string; karman: number; belowKarman: number } | null;
}

export function datasetInfo(meta: Meta, inUse: DatasetInUse | null = null): DatasetInfo {
  const s = meta.summary;
  return {
    schema: meta.schema,
    inUse,
    dataset: meta.dataset,
    coverage: { first: s.first, last: s.last },
    launches: s.total,
    crewed: s.crewed,
    successes: s.successes,
    byCategory: s.byCategory,
    byOutcome: s.byOutcome,
    byDecade: s.byDecade,
    byYear: s.byYear,
    counts: meta.counts,
    sources: meta.sources,
    choices: meta.choices,
    suborbital: meta.suborbital ?? null,
  };
}
