// Corrections to GCAT's site records (sites.tsv), applied by the importer. Each entry replaces
// fields of one site, by its GCAT code, and says why; the site keeps GCAT's own name in
// `gcatName`. Only facts the project is sure of belong here.

export interface SiteCorrection {
  /** The site's full English name, with its location, in place of GCAT's. */
  name: string;
  why: string;
}

export const SITE_CORRECTIONS: Record<string, SiteCorrection> = {
  // Space One's Spaceport Kii is on the Kii Peninsula in Kushimoto, Wakayama Prefecture (its
  // coordinates in sites.tsv, 33.54°N 135.89°E, are there too). GCAT's name places it in
  // Kanagawa, a prefecture some 400 km to the east.
  KII: {
    name: 'Spaceport Kii, Kushimoto, Wakayama',
    why: "Spaceport Kii lies in Kushimoto, Wakayama Prefecture; GCAT's name says Kanagawa",
  },
  // Yasny launch base, at Dombarovsky air base, is in Orenburg Oblast: GCAT spells the oblast
  // "Orensburgskaya".
  YAS: {
    name: "Yasniy site, Dombarovskiy Air Base, Orenburgskaya Oblast', Rossiya",
    why: "the oblast is Orenburg (Orenburgskaya); GCAT's name misspells it Orensburgskaya",
  },
};
