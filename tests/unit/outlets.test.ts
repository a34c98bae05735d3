import { describe, expect, it } from 'vitest';
import rawOutlets from '../../src/data/outlets.json' with { type: 'json' };
import { outletListSchema } from '../../src/schemas/outlet.ts';
import {
  allOutlets,
  asciiSlug,
  canonicalOutletName,
  findOutlet,
  findOutletAtStart,
  outletFromUrl,
  outletSlug,
  scanOutlets,
} from '../../src/ingest/outlets.ts';

const names = (text: string): string[] => scanOutlets(text).map((m) => m.outlet.name);

describe('outlet list', () => {
  it('validates against the schema, with unique ASCII slugs', () => {
    const list = outletListSchema.parse(rawOutlets);
    expect(list.length).toBeGreaterThan(100);
    for (const o of list) expect(o.slug).toBe(asciiSlug(o.name));
  });

  it('covers every outlet of the samples and both development corpora under its canonical name', () => {
    const required = [
      'La DH', 'La Libre Belgique', 'Tribune de Genève', 'Le Temps', 'La Presse', 'Le Devoir', 'Le Journal de Montréal',
      'Le Matin', 'Le Nouvelliste', 'Le Soleil', 'Le Journal de Québec', 'Liberté', 'El Watan', "Le Courrier d'Algérie",
      '20 minutes (CH)', "L'Express", "L'Obs", 'Le Parisien', 'La Croix', 'Europe 1', 'BFMTV', 'franceinfo', 'Le Point',
      'Le Figaro', 'Le Monde', 'AFP', 'RMC Sport', 'The Washington Post', 'RT', 'Bloomberg', 'NBC News', 'BBC News',
      'The Wall Street Journal', 'The Guardian', 'The New York Times', 'CNN', 'Reuters', 'Associated Press',
    ];
    const have = new Set(allOutlets().map((o) => o.name));
    for (const name of required) expect(have, name).toContain(name);
  });

  it('resolves every alias back to its own outlet (no alias shadowed by another outlet)', () => {
    for (const o of allOutlets()) {
      for (const alias of [o.name, ...o.aliases]) expect(findOutlet(alias)?.name, alias).toBe(o.name);
      for (const d of o.domains) expect(outletFromUrl(`https://www.${d}/article`)?.name, d).toBe(o.name);
    }
  });
});

describe('findOutlet', () => {
  it('ignores case, accents, quotes and a leading article', () => {
    for (const n of ['Washington Post', 'The Washington Post', 'le Washington Post', '« Washington Post »', 'WASHINGTON POST']) {
      expect(findOutlet(n)?.name, n).toBe('The Washington Post');
    }
    expect(findOutlet('Liberation')?.name).toBe('Libération');
    expect(findOutlet('l’Obs')?.name).toBe("L'Obs");
    expect(findOutlet('Source X')).toBeNull();
  });

  it('reads machine-translation garbles by rule ("X Information" for "X News", "Road" for "Street")', () => {
    expect(findOutlet('NBC Information')?.name).toBe('NBC News');
    expect(findOutlet('BBC Information')?.name).toBe('BBC News');
    expect(findOutlet('Wall Road Journal')?.name).toBe('The Wall Street Journal');
    expect(findOutlet('Sky Information')?.name).toBe('Sky News');
    expect(findOutlet('New York Occasions')?.name).toBe('The New York Times');
    // A real name is never read as a garble of another one.
    expect(findOutlet('TVA Nouvelles')?.name).toBe('TVA Nouvelles');
  });

  it('keeps a short form ("le Post") unresolved without context', () => {
    expect(findOutlet('le Post')).toBeNull();
  });
});

describe('findOutletAtStart', () => {
  it('finds a name followed by a descriptor (seed 001 title suffix)', () => {
    expect(findOutletAtStart('RT Russie et ex-Union soviétique')?.name).toBe('RT');
  });

  it('takes the longest alias at a word boundary', () => {
    expect(findOutletAtStart('La Presse canadienne rapporte que')?.name).toBe('La Presse canadienne');
    expect(findOutletAtStart('Le Monde diplomatique, numéro de mars')?.name).toBe('Le Monde diplomatique');
    expect(findOutletAtStart('RTEn')).toBeNull();
    expect(findOutletAtStart('Secrétaire d’État américain')).toBeNull();
  });
});

describe('canonicalOutletName, outletSlug, outletFromUrl', () => {
  it('canonicalises known names and cleans unknown ones as written', () => {
    expect(canonicalOutletName('the guardian')).toBe('The Guardian');
    expect(canonicalOutletName('  « Le Courrier du Sud »  ')).toBe('Le Courrier du Sud');
  });

  it('slugs known and unknown outlets', () => {
    expect(outletSlug('Tribune de Genève')).toBe('tribune-de-geneve');
    expect(outletSlug('20 minutes (CH)')).toBe('20-minutes-ch');
    expect(outletSlug('Le Réveil du Médoc')).toBe('le-reveil-du-medoc');
  });

  it('maps URLs by domain, subdomains included, the longest domain first', () => {
    expect(outletFromUrl('https://www.lemonde.fr/international/article/2019/01/05/x.html')?.name).toBe('Le Monde');
    expect(outletFromUrl('https://rmcsport.bfmtv.com/football/x.html')?.name).toBe('RMC Sport');
    expect(outletFromUrl('https://www.bfmtv.com/politique/x.html')?.name).toBe('BFMTV');
    expect(outletFromUrl('www.tdg.ch/geneve/story/12345678')?.name).toBe('Tribune de Genève');
    expect(outletFromUrl('https://notlemonde.fr/x')).toBeNull();
    expect(outletFromUrl('pas une adresse')).toBeNull();
  });
});

describe('scanOutlets', () => {
  it('counts unambiguous names anywhere, in capitals', () => {
    expect(names("Une dizaine de véhicules ont brûlé dans la nuit, a indiqué la préfecture à l'AFP.")).toEqual(['AFP']);
    expect(names('Le ministre a démissionné après les révélations de Mediapart sur ses frais de bouche.')).toEqual(['Mediapart']);
    // Glued to a compound or a handle: not the outlet.
    expect(names('Les urgences de l’AP-HP sont saturées.')).toEqual([]);
    expect(names('Regardez la vidéo pic.twitter.com/xyz — BFMTV (@BFMTV) 12 mars 2019')).toEqual(['BFMTV']);
  });

  it('reads a lower-case Swiss wire credit inside a sentence', () => {
    expect(names("L'opération a été suspendue, selon les juges. (ats/nxp)")).toEqual(['Keystone-ATS']);
    expect(names("Le navire a sombré au large de la côte. (afp/nxp)")).toEqual(['AFP']);
  });

  it('counts ambiguous names only after a credit cue or as a title mid-sentence', () => {
    expect(names('Tout le monde a entendu la nouvelle.')).toEqual([]);
    expect(names('La majorité des Français la soutient, selon le Monde.')).toEqual(['Le Monde']);
    expect(names('Il a confié à La Presse que la situation restait tendue.')).toEqual(['La Presse']);
    expect(names('Une longue enquête a paru hier dans Libération.')).toEqual(['Libération']);
    expect(names('Le Cirque du Soleil a annoncé sa tournée, a-t-il dit au micro de BFM TV.')).toEqual(['BFMTV']);
    expect(names("Le syndicat réclame un État de Droit et une agence de Presse indépendante.")).toEqual([]);
    expect(names("L'hebdomadaire a enquêté pour la presse régionale.")).toEqual([]);
    expect(names('Les manifestants ont rejoint la porte Dauphine vers midi.')).toEqual([]);
    expect(names("C'était en même temps que le point presse.")).toEqual([]);
  });

  it('resolves a short form to the outlet the same text names in full (seed 001)', () => {
    const text =
      'Des responsables ont déclaré au Washington Post que l’accord était conclu. Selon le Post, la production pourrait commencer dans quelques mois.';
    expect(scanOutlets(text).map((m) => m.written)).toEqual(['Washington Post', 'Post']);
    expect(names('Selon le Post, la production pourrait commencer dans quelques mois.')).toEqual([]);
  });

  it('flags garbled names', () => {
    const m = scanOutlets('Le Wall Road Journal a rapporté que la Russie avait lancé samedi de nouvelles attaques.');
    expect(m.map((x) => [x.outlet.name, x.garbled])).toEqual([['The Wall Street Journal', true]]);
  });

  it('stays linear on a megabyte-long line', () => {
    const line = 'selon le Monde, la presse régionale et l’AFP, '.repeat(25_000);
    const t0 = performance.now();
    const found = scanOutlets(line);
    expect(found.length).toBe(50_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
