// Launch and catalogue records in the committed data/: the newer GCAT launch list's corrections,
// site zones and locations, and the readable names of agencies and vehicle makers.
import { describe, expect, it } from 'vitest';
import { decodeLatex } from '../../src/importer/orgNames.js';
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

describe('agency and maker names', () => {
  const agencies = dataset.agencies();
  const vehicles = dataset.vehicles();
  const agency = (id: string) => agencies.find((a) => a.id === id)!;
  const maker = (code: string) => vehicles.find((v) => v.manufacturer === code)!;
  const shown = [
    ...agencies.flatMap((a) => [a.name, a.shortName, a.stateName]),
    ...vehicles.map((v) => v.manufacturerName),
    ...dataset.sites().flatMap((s) => [s.name, s.shortName, s.stateName]),
  ].filter((n): n is string => n !== null);

  it('shows no LaTeX escapes and none of the known typos or transliterations', () => {
    expect(shown.filter((n) => n.includes('\\') || /\{|\}/.test(n))).toEqual([]);
    for (const bad of ['Miinistry', 'Adminstration', 'Grummann', 'lanch', 'agentsvo', 'Upravleniye', 'Rossiskoe', 'Sepah-e', 'Inst of', 'Johnson Space Flight']) {
      expect(shown.filter((n) => n.includes(bad)), bad).toEqual([]);
    }
  });

  it('gives readable English names where GCAT gives a transliteration or a typo', () => {
    expect(agency('UNKS').name).toBe('Directorate of the Chief of Space Assets, Soviet Ministry of Defence');
    expect(agency('UNKSR').name).toBe('Directorate of the Chief of Space Assets, Russian Federation');
    expect(agency('RKA').name).toBe('Russian Aviation and Space Agency (Rosaviakosmos)');
    expect(agency('MVS').name).toBe('Ministry of the Armed Forces');
    expect(agency('NASDA').name).toBe('National Space Development Agency of Japan');
    expect(agency('EUROK').name).toBe('Eurockot Launch Services GmbH');
    expect(agency('FKA').name).toBe('Roscosmos');
    expect(maker('GRUM').manufacturerName).toBe('Grumman Aerospace Corporation');
    expect(maker('SEREB').manufacturerName).toBe("Société pour l'étude et la réalisation d'engins balistiques");
    // 934 launches fly for the space-assets directorate under its two codes.
    expect(launches.filter((l) => l.agencies.includes('UNKS') || l.agencies.includes('UNKSR'))).toHaveLength(934);
  });

  it('names every maker GCAT lists, also those given as two org codes', () => {
    for (const v of vehicles) if (v.manufacturer !== null) expect(v.manufacturerName, v.id).not.toBeNull();
    expect(maker('VSSC/SHAR').manufacturerName).toBe('Vikram Sarabhai Space Center / Sriharikota Range');
    expect(maker('PROG/OKB1').manufacturerName).toBe('Progress Factory / Korolev Design Bureau (OKB-1)');
  });

  it("keeps GCAT's own name as an alias, and says so in the metadata", () => {
    expect(agency('UNKS').gcatName).toBe('Upravleniye Nachalnika Kosmicheskikh Sredstv');
    expect(agency('SPX')).toMatchObject({ name: 'SpaceX', gcatName: 'SpaceX' });
    expect(maker('SEREB').manufacturerGcatName).toBe("Soci\\'et\\'e pour l'etude et la r\\'ealisation d'engins ballistiques");
    expect(maker('GRUM').manufacturerGcatName).toBe('Grummann Aerospace Corporation');
    for (const a of agencies) expect(a.gcatName, a.id).not.toBeNull();
    const choices = dataset.meta().choices.join(' ');
    expect(choices).toContain('gcatName on agencies, manufacturerGcatName on vehicles');
    expect(choices).toContain('Org UNKS name "Directorate of the Chief of Space Assets, Soviet Ministry of Defence"');
  });
});

describe('decodeLatex', () => {
  it.each([
    ["Soci\\'et\\'e", 'Société'],
    ['f\\"{u}r', 'für'],
    ['K\\"oln', 'Köln'],
    ["{\\'e}cole", 'école'],
    ["d'\\'Etudes", "d'Études"],
    ['Fran\\c{c}ais', 'Français'],
    ['Fran\\c cais', 'Français'],
    ['Stra\\ss e', 'Straße'],
    ['\\`a la', 'à la'],
    ['no escapes here', 'no escapes here'],
  ])('%s -> %s', (input, out) => expect(decodeLatex(input)).toBe(out));
});
