// Explicit time zones for launch sites where neither Launch Library 2 nor the coordinate
// lookup gives the right answer. Every entry says why. These are checked before the other
// two ways, so an entry here always wins.

export const EXPLICIT_ZONES: Record<string, { zone: string; why: string }> = {
  // Sea Launch's Odyssey platform launched from international waters on the equator at
  // 154°W. LL2's "Sea Launch" location has no zone, and the coordinate lookup answers
  // Pacific/Kiritimati (UTC+14 since 1995), a calendar day ahead of the sun there. The
  // nautical zone for 154°W is UTC−10, which tzdb names Etc/GMT+10 (POSIX sign).
  KLA: {
    zone: 'Etc/GMT+10',
    why: 'sea platform at 154°W in international waters: nautical zone UTC−10',
  },
  // Kapustin Yar (the range around Znamensk and the village of Kapustin Yar, with its launch
  // complexes LC107 and LC86 some 40 km east of them) lies in Astrakhan Oblast, whose tzdb zone
  // is Europe/Astrakhan. LL2's "Kapustin Yar" location says Europe/Volgograd, the neighbouring
  // oblast to the north. The two zones agree on every Kapustin Yar launch date in the data (the
  // last is 2008) but not since 2016 (Astrakhan UTC+4; Volgograd UTC+3 except 2018–2020). The
  // coordinate lookup agrees with this entry for the site and all its pads. GCAT has two codes
  // for the site, before and after its 1999 renaming; both are here. No other site of the data
  // lies in Astrakhan Oblast.
  'GTsP-4': {
    zone: 'Europe/Astrakhan',
    why: 'Kapustin Yar lies in Astrakhan Oblast (tzdb Europe/Astrakhan); LL2 gives Europe/Volgograd',
  },
  'GTsMP-4': {
    zone: 'Europe/Astrakhan',
    why: 'Kapustin Yar (Znamensk) lies in Astrakhan Oblast (tzdb Europe/Astrakhan); LL2 gives Europe/Volgograd',
  },
  // Kwajalein Atoll (Omelek Island, Pegasus and Falcon 1 launches) has its own tzdb zone.
  // LL2 gives Pacific/Tarawa (Kiribati), which has the same offset only since 1993.
  KMR: {
    zone: 'Pacific/Kwajalein',
    why: "Kwajalein Atoll's own tzdb zone (LL2 gives Kiribati's Pacific/Tarawa)",
  },
};
