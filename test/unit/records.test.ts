// Launch and catalogue records in the committed data/: the newer GCAT launch list's corrections,
// site zones and locations, and the readable names of agencies and vehicle makers.
import { describe, expect, it } from 'vitest';
import { dataset } from '../helpers.js';

const launches = dataset.launches();
const launch = (id: string) => launches.find((l) => l.id === id)!;

describe('launches in both GCAT launch lists take launch-tail.tsv\'s values', () => {
  it('has each overlapping launch once, with the newer pad', () => {
    expect(launches.filter((l) => l.id === '2024-226')).toHaveLength(1);
    // The Chang Zheng 12 maiden flight: pad LC2 (launchlog.tsv said LC1).
    expect(launch('2024-226')).toMatchObject({ vehicle: 'Chang Zheng 12', site: 'HCSLS', pad: 'LC2' });
    // launchlog.tsv gave no pad at all.
    expect(launch('2024-232').pad).toBe('LC9A');
  });

  it('takes the newer time, variant and flight id, and keeps launchlog.tsv\'s payloads', () => {
    expect(launch('2024-219')).toMatchObject({ time: '2024-11-25T03:55:18Z', precision: 'second' });
    expect(launch('2024-220')).toMatchObject({ variant: 'FT5', flightId: '404/B1080.13 F402', name: 'Starlink-212' });
    expect(launch('2024-220').payloadCount).toBeGreaterThan(1);
    expect(launch('2024-220').payloads[0]).toBe('Starlink 11384');
  });

  it('says so in the metadata', () => {
    expect(dataset.meta().choices.join(' ')).toMatch(/For the 19 tags in both, launch-tail\.tsv is newer and its per-launch values win/);
  });
});

describe('site zones', () => {
  it('puts Kapustin Yar, under both its GCAT codes, in Astrakhan Oblast\'s zone', () => {
    for (const id of ['GTsP-4', 'GTsMP-4']) {
      expect(dataset.site(id), id).toMatchObject({ timeZone: 'Europe/Astrakhan', timeZoneSource: 'explicit' });
    }
    expect(dataset.sites().filter((s) => s.timeZone === 'Europe/Volgograd')).toEqual([]);
    expect(dataset.meta().choices.join(' ')).toContain('Site GTsP-4 zone Europe/Astrakhan');
  });
});

describe('site records', () => {
  it('puts Spaceport Kii in Kushimoto, Wakayama, and keeps GCAT\'s name', () => {
    const kii = dataset.site('KII')!;
    expect(kii.name).toBe('Spaceport Kii, Kushimoto, Wakayama');
    expect(kii.name).not.toContain('Kanagawa');
    expect(kii.gcatName).toBe('Spaceport Kii, Kanagawa');
    expect(dataset.site('YAS')!.name).toContain('Orenburgskaya');
    expect(dataset.meta().choices.join(' ')).toContain('Site KII name "Spaceport Kii, Kushimoto, Wakayama"');
  });

  it('gives every site GCAT\'s own name, equal to its name unless corrected', () => {
    const corrected = dataset.sites().filter((s) => s.name !== s.gcatName).map((s) => s.id);
    expect(corrected).toEqual(['KII', 'YAS']);
  });
});
