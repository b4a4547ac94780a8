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
  // Kwajalein Atoll (Omelek Island, Pegasus and Falcon 1 launches) has its own tzdb zone.
  // LL2 gives Pacific/Tarawa (Kiribati), which has the same offset only since 1993.
  KMR: {
    zone: 'Pacific/Kwajalein',
    why: "Kwajalein Atoll's own tzdb zone (LL2 gives Kiribati's Pacific/Tarawa)",
  },
};
