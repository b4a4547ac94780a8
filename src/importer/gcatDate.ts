// GCAT dates are UTC: "1992 Mar 17 1054:30" (second), "1958 Feb  5 0733" (minute),
// "2025 Dec 23" (day), "2025 Dec" (month), each possibly ending in "?".
import type { Precision } from '../data/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface GcatTime {
  /** ISO 8601 UTC, truncated to the precision. */
  time: string;
  precision: Precision;
  uncertain: boolean;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Returns null when the text is not a GCAT date or names an impossible date/time. */
export function parseGcatDate(text: string): GcatTime | null {
  let s = text.trim();
  let uncertain = false;
  if (s.endsWith('?')) {
    uncertain = true;
    s = s.slice(0, -1).trim();
  }
  const m = /^(\d{4}) ([A-Z][a-z]{2})(?: +(\d{1,2})(?: (\d{2})(\d{2})(?::(\d{2}))?)?)?$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = MONTHS.indexOf(m[2]!) + 1;
  if (month === 0) return null;
  const ym = `${m[1]}-${pad2(month)}`;
  if (m[3] === undefined) return { time: ym, precision: 'month', uncertain };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  const date = `${ym}-${pad2(day)}`;
  if (m[4] === undefined) return { time: date, precision: 'day', uncertain };
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  if (hh > 23 || mm > 59) return null;
  if (m[6] === undefined) return { time: `${date}T${m[4]}:${m[5]}Z`, precision: 'minute', uncertain };
  if (Number(m[6]) > 59) return null;
  return { time: `${date}T${m[4]}:${m[5]}:${m[6]}Z`, precision: 'second', uncertain };
}
