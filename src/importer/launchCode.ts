// GCAT launch codes: first letter the category (O orbital, D deep space, X ascent from the
// Moon), second letter the result (S success, F failure, U unknown), optional digits a
// partial-success percentage ("OS89", "OF40"). GCAT counts a score below 0.75 as a failure.
import type { Category, Outcome } from '../data/types.js';

export interface LaunchCode {
  category: Category;
  outcome: Outcome;
  score: number | null;
  success: boolean | null;
}

const CATEGORY: Record<string, Category> = { O: 'orbital', D: 'deep-space', X: 'lunar-ascent' };

/** True for codes of orbital launch attempts (the almanac's scope). */
export function isOrbitalAttempt(code: string): boolean {
  return /^[ODX][SFU]\d*$/.test(code);
}

export function parseLaunchCode(code: string): LaunchCode | null {
  const m = /^([ODX])([SFU])(\d{1,3})?$/.exec(code);
  if (!m) return null;
  const category = CATEGORY[m[1]!]!;
  if (m[3] !== undefined) {
    const score = Number(m[3]) / 100;
    return { category, outcome: 'partial', score, success: score >= 0.75 };
  }
  if (m[2] === 'S') return { category, outcome: 'success', score: null, success: true };
  if (m[2] === 'F') return { category, outcome: 'failure', score: null, success: false };
  return { category, outcome: 'unknown', score: null, success: null };
}
