/** End-to-end expectations of the ingest on the five bundled samples (issue: Ingest, "Done when"). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestResultSchema, type Article, type IngestResult } from '../../src/schemas/article.ts';
import { ingestFolder } from '../../src/ingest/pipeline.ts';
import { compareKey } from '../../src/ingest/text.ts';

let result: IngestResult;
const byFile = (prefix: string): Article => {
  const a = result.articles.find((x) => x.files.some((f) => f.path.startsWith(prefix)));
  if (!a) throw new Error(`no article for ${prefix}`);
  return a;
};

beforeAll(async () => {
  result = await ingestFolder('content/articles');
});

describe('ingest of the five samples', () => {
  it('validates against the schema and accounts for every file once', () => {
    expect(() => ingestResultSchema.parse(result)).not.toThrow();
    const paths = [...result.articles.flatMap((a) => a.files.map((f) => f.path)), ...result.rejected.map((r) => r.path)];
    expect(paths.sort()).toEqual([
      '000_afaacc7f9a9718b6.txt',
      '001_369633f4122bec38.txt',
      '002_c765a03d0ea1d2fa.txt',
      '003_2146e83494d5d6cf.txt',
      '004_c031b9c9298e8268.txt',
    ]);
    expect(result.articles).toHaveLength(5);
  });

  it('finds the exact titles', () => {
    expect(byFile('000').title).toBe("La Russie et l'Iran envisagent la production conjointe de drones mortels, selon les États-Unis");
    expect(byFile('001').title).toBe('La Russie conclut un accord sur les drones avec l’Iran');
    expect(byFile('002').title).toBe("L'Iran et la Russie conviennent de produire des drones kamikazes iraniens en Russie");
    expect(byFile('003').title).toBe("L'Iran pourrait envoyer davantage de drones kamikazes à la Russie - Secrétaire d'État américain");
    expect(byFile('004').title).toBe("La Russie et l'Iran construisent un partenariat de défense, prévient la Maison Blanche");
  });

  it('attributes outlets, author and date', () => {
    expect(byFile('000').outlet).toBeNull();
    expect(byFile('001').outlet).toBe('RT');
    expect(byFile('001').citedOutlets).toContain('The Washington Post');
    expect(byFile('002').outlet).toBe('The Washington Post');
    expect(byFile('003').outlet).toBe('Bloomberg');
    expect(byFile('003').author).toBe('Elena Shcherban');
    expect(byFile('003').publishedAt).toBe('2022-10-23T13:27:00+02:00');
    expect(byFile('004').outlet).toBeNull();
    expect(byFile('000').citedOutlets.sort()).toEqual(['BBC News', 'NBC News', 'The Guardian', 'The Wall Street Journal']);
  });

  it('leaves no chrome line in any body', () => {
    const chrome = [
      'Jannah Theme License', 'Nouvelles du monde', 'Vous pouvez partager', 'RTEn', 'Toutes les actualités du site',
      'Bouton retour en haut', 'Approfondissez', "What's Your Reaction", 'Source :',
    ];
    const words = new Set(['in', 'like', 'dislike', 'love', 'funny', 'angry', 'sad', 'wow']);
    for (const a of result.articles) {
      for (const p of a.paragraphs) {
        for (const c of chrome) expect(p, a.files[0]!.path).not.toContain(c);
        expect(words.has(p.trim().toLowerCase()), p).toBe(false);
      }
    }
  });

  it('keeps no title or paragraph twice', () => {
    for (const a of result.articles) {
      const keys = [a.title, ...a.paragraphs].map(compareKey);
      expect(new Set(keys).size, a.files[0]!.path).toBe(keys.length);
    }
    // Seed 003 repeats a quoted passage inside one paragraph: one copy is kept.
    const quote = byFile('003').paragraphs.join('\n');
    expect(quote.split('Nous interceptons le trafic illicite').length - 1).toBe(1);
  });

  it('records every removed line with a reason', () => {
    const removed = result.removed.map((r) => r.text);
    expect(removed).toContain('Bouton retour en haut de la page');
    expect(removed).toContain('Source : The Washington Post');
    expect(result.removed.every((r) => r.reason.length > 0)).toBe(true);
  });

  it('keeps every real paragraph of seed 004 once', () => {
    const a = byFile('004');
    expect(a.paragraphs).toHaveLength(7);
    expect(a.paragraphs[0]).toMatch(/^L'administration Biden a déclaré vendredi/);
  });

  it('does not fold different samples together, and groups stories', () => {
    expect(new Set(result.articles.map((a) => a.id)).size).toBe(5);
    expect(byFile('001').storyId).toBe(byFile('002').storyId);
    expect(byFile('000').storyId).toBe(byFile('004').storyId);
    expect(byFile('003').storyId).not.toBe(byFile('001').storyId);
    expect(byFile('003').storyId).not.toBe(byFile('000').storyId);
  });

  it('flags likely machine translation on 000 and 001 only', () => {
    expect(byFile('000').flags).toContain('machine-translation');
    expect(byFile('001').flags).toContain('machine-translation');
    for (const f of ['002', '003', '004']) expect(byFile(f).flags).not.toContain('machine-translation');
  });

  it('gives ids that are URL-safe and stable across runs', async () => {
    const again = await ingestFolder('content/articles');
    expect(again.articles.map((a) => a.id)).toEqual(result.articles.map((a) => a.id));
    for (const a of result.articles) expect(a.id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('splitDistinctItems', () => {
  it('keeps two episodes of one programme apart (same outlet, same blurb, different URLs)', async () => {
    const { splitDistinctItems } = await import('../../src/ingest/pipeline.ts');
    const docs = [
      { outlet: 'Europe 1', title: 'Punchline - 01/12/25', url: 'https://www.europe1.fr/emissions/punchline/punchline-01-12-25-1' },
      { outlet: 'Europe 1', title: 'Punchline - 02/12/25', url: 'https://www.europe1.fr/emissions/punchline/punchline-02-12-25-2' },
      { outlet: 'Le Parisien', title: 'Punchline - 01/12/25', url: 'https://www.leparisien.fr/x' },
      { outlet: 'Europe 1', title: 'Punchline - 01/12/25', url: 'https://www.europe1.fr/emissions/punchline/punchline-01-12-25-1' },
      // the same article under two URLs of its site (a tracking query) stays one item
      { outlet: 'Europe 1', title: 'Punchline – 01/12/25', url: 'https://www.europe1.fr/emissions/punchline/punchline-01-12-25-1?track' },
    ];
    expect(splitDistinctItems([0, 1, 2, 3], docs)).toEqual([[0, 2, 3], [1]]);
    expect(splitDistinctItems([0, 3, 4], docs)).toEqual([[0, 3, 4]]);
  });

  it('folds one outlet’s article republished on two other sites, and a copy whose title was cut from its lead', async () => {
    const { splitDistinctItems } = await import('../../src/ingest/pipeline.ts');
    const docs = [
      { outlet: 'Le Veilleur', title: 'Le pont rouvre', url: 'https://www.relais-infos.org/2019/le-pont-rouvre', titleSource: 'headline' as const },
      { outlet: 'Le Veilleur', title: 'Réouverture du pont', url: 'https://revue-du-val.net/?p=812', titleSource: 'headline' as const },
      { outlet: 'Le Veilleur', title: 'Le pont a rouvert lundi après trois mois', url: 'https://www.relais-infos.org/?p=9', titleSource: 'derived' as const },
    ];
    expect(splitDistinctItems([0, 1, 2], docs)).toEqual([[0, 1, 2]]);
  });
});

describe('stories and boilerplate', () => {
  it('does not make one story of a programme whose episodes share one blurb', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(tmpdir(), 'kiosque-blurb-'));
    const blurb =
      'Dans « La France qui bouge », notre journaliste fait le tour du pays des initiatives positives et novatrices. Travail, éducation, santé : qui sont ces citoyens, ces entreprises, ces collectivités qui inventent le monde de demain ? Des portraits et des témoignages inspirants.';
    const episodes = [
      ['salon.txt', 'Salon nautique : un fabricant vendéen de voiliers mise sur l’électrique', 'salon-nautique-voiliers-1'],
      ['quartier.txt', 'Quartier Général : le rendez-vous des entrepreneurs des quartiers populaires', 'quartier-general-2'],
      ['familles.txt', 'Familles recomposées : comment organiser les fêtes de fin d’année', 'familles-recomposees-3'],
    ];
    try {
      for (const [file, title, slug] of episodes) {
        await writeFile(path.join(dir, file!), `${title}\n\n${blurb}\n\nSource : Europe 1\nhttps://www.europe1.fr/emissions/la-france-bouge/${slug}\n`);
      }
      // Other articles beside them, so that words shared by the episodes are rare in the folder.
      const { cp } = await import('node:fs/promises');
      await cp('content/articles', path.join(dir, 'autres'), { recursive: true });
      const result = await ingestFolder(dir);
      const ep = result.articles.filter((a) => a.outlet === 'Europe 1');
      expect(ep).toHaveLength(3);
      expect(new Set(ep.map((a) => a.storyId)).size).toBe(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('outlets missing from the list', () => {
  it('gets one spelling when files write it with other capitals or accents', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(tmpdir(), 'kiosque-spelling-'));
    try {
      const body = (n: number): string =>
        `La piscine municipale numéro ${n} fermera ses portes trois semaines pour sa vidange annuelle, a annoncé l'agglomération dans un communiqué publié lundi.`;
      await writeFile(path.join(dir, 'a.txt'), `Beauvais : la piscine fermée\n\n${body(1)}\n\nSource : L'Écho du Beauvaisis\n`);
      await writeFile(path.join(dir, 'b.txt'), `Amiens : le marché reprend\n\n${body(2)} Les maraîchers reviennent.\n\nSource : L'écho du Beauvaisis\n`);
      await writeFile(path.join(dir, 'c.txt'), `Compiègne : travaux sur le pont\n\n${body(3)} Le pont sera fermé.\n\nSource : L'Écho du Beauvaisis\n`);
      const result = await ingestFolder(dir);
      expect(new Set(result.articles.map((a) => a.outlet))).toEqual(new Set(["L'Écho du Beauvaisis"]));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('folded copies keep their own headlines', () => {
  it('lists each copy’s own headline in files[].title, and none for a copy without one', async () => {
    const { mkdtemp, writeFile, rm, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(tmpdir(), 'kiosque-copies-'));
    // The body of a seed article, republished by two sites under other headlines, and once without one.
    const seed = (await readFile('content/articles/004_c031b9c9298e8268.txt', 'utf8')).split('\n').slice(1).join('\n');
    try {
      await writeFile(path.join(dir, 'a.txt'), `Moscou et Téhéran resserrent leur alliance militaire\n${seed}\nSource : Le Soir\n`);
      await writeFile(path.join(dir, 'b.txt'), `Drones : l’accord qui inquiète Washington\n${seed}\nSource : La Libre Belgique\n`);
      await writeFile(path.join(dir, 'c.txt'), `${seed}\nSource : La DH\n`);
      const result = await ingestFolder(dir);
      const files = result.articles.flatMap((a) => a.files);
      const titleOf = (p: string) => files.find((f) => f.path === p)?.title;
      expect(result.articles.find((a) => a.files.some((f) => f.path === 'a.txt'))?.files).toHaveLength(3);
      expect(titleOf('a.txt')).toBe('Moscou et Téhéran resserrent leur alliance militaire');
      expect(titleOf('b.txt')).toBe('Drones : l’accord qui inquiète Washington');
      expect(titleOf('c.txt')).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('another article’s headline as a body line', () => {
  it('is a link to it (a related list, other headlines of the day), recorded, not text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-linked-'));
    const lead = (topic: string) => `Le conseil municipal a débattu mardi soir de ${topic}, après plusieurs mois de concertation avec les habitants du quartier.`;
    const more = (topic: string) => `Les élus de l’opposition ont demandé un nouveau vote sur ${topic} lors de la prochaine séance, prévue au printemps.`;
    await writeFile(join(dir, 'b.txt'), ['Le marché couvert rouvre ses portes', lead('la halle'), more('la halle')].join('\n\n'));
    await writeFile(join(dir, 'c.txt'), ['Une nouvelle piste cyclable le long du canal', lead('la piste cyclable'), more('la piste cyclable')].join('\n\n'));
    // the page that lists them, in words no rule knows, and closes its own text after them
    await writeFile(join(dir, 'a.txt'), ['Les pompiers recrutent des volontaires', lead('la caserne'), 'Ailleurs dans la région aujourd’hui', 'Le marché couvert rouvre ses portes', 'Une nouvelle piste cyclable le long du canal', more('la caserne')].join('\n\n'));
    const r = await ingestFolder(dir);
    const a = r.articles.find((x) => x.files[0]!.path === 'a.txt')!;
    expect(a.paragraphs.some((p) => p.includes('marché couvert') || p.includes('piste cyclable'))).toBe(false);
    expect(a.paragraphs).toContain(more('la caserne'));
    expect(r.removed.filter((x) => x.path === 'a.txt' && x.reason === 'chrome:related').map((x) => x.text)).toEqual(['Le marché couvert rouvre ses portes', 'Une nouvelle piste cyclable le long du canal']);
    await rm(dir, { recursive: true, force: true });
  });

  it('stays when the file whose headline it is shares the rest of its text (a copy that took it for a headline)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-linked-'));
    const p1 = 'Les manifestants se réuniront dès huit heures sur le parking de la salle des fêtes';
    const rest = [
      'La préfecture a autorisé le rassemblement à condition que la circulation ne soit pas entravée sur la route nationale.',
      'Les organisateurs attendent plusieurs centaines de personnes venues de toute la province, selon un communiqué publié jeudi.',
    ];
    await writeFile(join(dir, 'a.txt'), ['Une action des gilets jaunes ce vendredi', p1, ...rest].join('\n\n'));
    // a copy showing no headline: its first line, the same short paragraph, reads as one
    await writeFile(join(dir, 'b.txt'), [p1, ...rest].join('\n\n'));
    const r = await ingestFolder(dir);
    const a = r.articles.find((x) => x.files.some((f) => f.path === 'a.txt'))!;
    expect(a.paragraphs).toContain(p1);
  });
});

describe('a ticker above the headline', () => {
  it('is a label and another article’s headline: the line below is the headline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-ticker-'));
    const body = (topic: string) => [
      `Le conseil municipal a débattu mardi soir de ${topic}, après plusieurs mois de concertation avec les habitants du quartier.`,
      `Les élus de l’opposition ont demandé un nouveau vote sur ${topic} lors de la prochaine séance, prévue au printemps.`,
    ];
    await writeFile(join(dir, 'b.txt'), ['Le marché couvert rouvre ses portes', ...body('la halle')].join('\n\n'));
    // the line that motivated it ("Dernière minute : …"), and another label and separator
    await writeFile(join(dir, 'a.txt'), ['Dernière minute : Le marché couvert rouvre ses portes', 'Les pompiers recrutent des volontaires', ...body('la caserne')].join('\n\n'));
    await writeFile(join(dir, 'c.txt'), ['Breaking | Le marché couvert rouvre ses portes', 'Une nouvelle piste cyclable le long du canal', ...body('la piste')].join('\n\n'));
    // a live ticker of several links, the known headline in the middle
    await writeFile(join(dir, 'd.txt'), ['EN CONTINU >> Le marché couvert rouvre ses portes >> Un autre titre du fil', 'Le festival de jazz affiche complet cette année', ...body('le festival')].join('\n\n'));
    const r = await ingestFolder(dir);
    const title = (f: string) => r.articles.find((x) => x.files[0]!.path === f)!.title;
    expect(title('a.txt')).toBe('Les pompiers recrutent des volontaires');
    expect(title('c.txt')).toBe('Une nouvelle piste cyclable le long du canal');
    expect(title('b.txt')).toBe('Le marché couvert rouvre ses portes');
    expect(title('d.txt')).toBe('Le festival de jazz affiche complet cette année');
    expect(r.removed.filter((x) => x.reason === 'chrome:ticker').map((x) => x.path).sort()).toEqual(['a.txt', 'c.txt']);
    // (A ticker of three fields joined by one separator is passed over as the headline is picked.)
    expect(r.removed.some((x) => x.path === 'd.txt' && x.reason === 'chrome:above-title' && x.text.startsWith('EN CONTINU'))).toBe(true);
    await rm(dir, { recursive: true, force: true });
  });

  it('stays the headline when nothing else in the folder bears its words after the label', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-ticker-'));
    await writeFile(join(dir, 'a.txt'), ['Retraites : le gouvernement recule sur l’âge pivot', 'Le Premier ministre a annoncé samedi le retrait provisoire de la mesure la plus contestée de la réforme.', 'Les syndicats réformistes ont salué un geste, la CGT maintient ses appels à la grève.'].join('\n\n'));
    const r = await ingestFolder(dir);
    expect(r.articles[0]!.title).toBe('Retraites : le gouvernement recule sur l’âge pivot');
  });
});

describe('a site\'s date template', () => {
  const body = (topic: string) => [
    `Le conseil municipal a débattu mardi soir de ${topic}, après plusieurs mois de concertation avec les habitants du quartier.`,
    `Les élus de l’opposition ont demandé un nouveau vote sur ${topic} lors de la prochaine séance, prévue au printemps.`,
  ];
  const page = (title: string, dateLine: string, topic: string) => [title, dateLine, ...body(topic)].join('\n\n');

  it('dates each page and leaves the line out of the text when the folder shows the words before three days', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-datelead-'));
    await writeFile(join(dir, 'a.txt'), page('La halle rouvre ses portes', 'Envoyé aux membres le 12/01/2019', 'la halle'));
    await writeFile(join(dir, 'b.txt'), page('La caserne recrute', 'Envoyé aux membres le 19/01/2019 par Jeanne Morel', 'la caserne'));
    await writeFile(join(dir, 'c.txt'), page('Une piste cyclable le long du canal', 'Envoyé aux membres le 26/01/2019', 'la piste'));
    // A page that shows no headline: the date line stands where the headline would be, and is not it.
    await writeFile(join(dir, 'd.txt'), ['Envoyé aux membres le 02/02/2019', ...body('la salle des fêtes')].join('\n\n'));
    const r = await ingestFolder(dir);
    const article = (f: string) => r.articles.find((x) => x.files[0]!.path === f)!;
    expect(article('d.txt').publishedAt).toBe('2019-02-02T00:00:00+01:00');
    expect(article('d.txt').title.startsWith('Le conseil municipal a débattu')).toBe(true);
    expect(article('a.txt').publishedAt).toBe('2019-01-12T00:00:00+01:00');
    expect(article('b.txt').publishedAt).toBe('2019-01-19T00:00:00+01:00');
    expect(article('b.txt').author).toBe('Jeanne Morel');
    for (const f of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) expect(article(f).paragraphs.some((p) => p.startsWith('Envoyé aux membres')), f).toBe(false);
    expect(r.removed.filter((x) => x.reason === 'metadata:date').map((x) => x.path).sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    await rm(dir, { recursive: true, force: true });
  });

  it('is not read from one page: its line stays text, undated', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-datelead-'));
    await writeFile(join(dir, 'a.txt'), page('La halle rouvre ses portes', 'Envoyé aux membres le 12/01/2019', 'la halle'));
    const r = await ingestFolder(dir);
    expect(r.articles[0]!.publishedAt).toBeNull();
    expect(r.articles[0]!.paragraphs[0]).toBe('Envoyé aux membres le 12/01/2019');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('a site\'s inserts between paragraphs, told by the folder', () => {
  const para = (topic: string, k: number) =>
    [
      `Le conseil municipal a débattu mardi soir de ${topic}, après plusieurs mois de concertation avec les habitants du quartier.`,
      `Les élus de l’opposition ont demandé un nouveau vote sur ${topic} lors de la prochaine séance, prévue au printemps.`,
      `Le maire a promis une réunion publique sur ${topic} avant la fin du mois, dans la salle des fêtes de la commune.`,
    ][k]!;
  const TOPICS = ['la halle', 'la caserne', 'la piste cyclable', 'le pont', 'la piscine'];

  it('takes out a short line whose label (or pitch) recurs on four pages with different other sides, in any wording', async () => {
    for (const inserts of [
      ['Annonce — Vends scooter 125', 'Annonce — Loue studio vue mer', 'Annonce — Cherche équipier', 'Annonce — Donne bois de chauffage', 'Annonce — Vends barque'],
      ['SPONSORED | Harbour Café, open till 7 pm', 'SPONSORED | The bakery on Main Street', 'SPONSORED | Fresh fish at the pier', 'SPONSORED | Bike repairs in town', 'SPONSORED | Ferry tickets online'],
      ['Le Bulletin n° 12 est en kiosque : tout sur la saison', 'Le Bulletin n° 13 est en kiosque : tout sur la saison', 'Le Bulletin n° 14 est en kiosque : tout sur la saison', 'Le Bulletin n° 15 est en kiosque : tout sur la saison', 'Le Bulletin n° 16 est en kiosque : tout sur la saison'],
    ]) {
      const dir = await mkdtemp(join(tmpdir(), 'kiosque-inserts-'));
      for (const [i, topic] of TOPICS.entries()) {
        await writeFile(join(dir, `${i}.txt`), [`Débat sur ${topic} au conseil`, para(topic, 0), inserts[i]!, para(topic, 1), para(topic, 2)].join('\n\n'));
      }
      const r = await ingestFolder(dir);
      expect(r.articles, inserts[0]).toHaveLength(5);
      for (const a of r.articles) expect(a.paragraphs, inserts[0]).toHaveLength(3);
      expect(r.removed.filter((x) => x.reason === 'chrome:insert')).toHaveLength(5);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps subheadings two articles share, sentences with a separator, and the headlines they open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-inserts-'));
    for (const [i, topic] of TOPICS.entries()) {
      const sub = i < 2 ? 'Le contexte : un dossier ancien' : `Le contexte — ${topic} en débat depuis des années.`;
      await writeFile(join(dir, `${i}.txt`), [`Conseil municipal : débat sur ${topic}`, para(topic, 0), sub, para(topic, 1), para(topic, 2)].join('\n\n'));
    }
    const r = await ingestFolder(dir);
    expect(r.removed.filter((x) => x.reason === 'chrome:insert')).toEqual([]);
    for (const a of r.articles) expect(a.title.startsWith('Conseil municipal : débat sur')).toBe(true);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('copies that disagree on the headline', () => {
  it('take the headline only this article shows when the shown copy\'s heads other articles of its site', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-tagline-'));
    const BODIES = [
      [
        'La halle du marché rouvre samedi après deux ans de travaux menés par la commune et la région.',
        'Les commerçants retrouvent leurs étals sous une charpente restaurée, et le parking a été agrandi.',
        'Le chantier a coûté près de quatre millions d’euros, dont la moitié apportée par le département.',
        'Une fête d’inauguration est prévue dimanche matin avec la fanfare municipale et un marché aux fleurs.',
      ],
      ['Les pompiers volontaires de la caserne recrutent dix personnes avant l’été, faute de candidats.', 'Le chef de centre rappelle que la formation est prise en charge et compatible avec un emploi.'],
      ['Le pont sur la rivière restera fermé aux camions jusqu’en mars, selon l’arrêté du préfet publié hier.', 'Une déviation par la route départementale allonge le trajet des transporteurs de quinze minutes.'],
      ['La médiathèque prolonge ses horaires le jeudi soir pour accueillir les lycéens pendant les examens.', 'Une salle de travail silencieuse a été aménagée au premier étage avec vingt places assises.'],
      ['Le club de football des vétérans fête ses quarante ans avec un tournoi ouvert aux anciens joueurs.', 'Les inscriptions se font à la buvette du stade jusqu’au vendredi précédant la rencontre.'],
      ['Une collecte de jouets est organisée à l’école primaire au profit des familles suivies par le secours.', 'Les enseignants trieront les dons avec les élèves de CM2 lors d’un atelier consacré à la solidarité.'],
      ['Les chemins de randonnée du plateau ont été rebalisés par les bénévoles de l’office de tourisme.', 'Une carte gratuite des sept circuits est disponible en mairie et dans les gîtes du canton.'],
    ];
    // A newsletter puts one of its weekly taglines where a headline goes, above each article it relays.
    const TAGLINES = ['Ce qu’il faut savoir cette semaine', 'L’actualité expliquée par nos adhérents', 'Le mot du bureau'];
    for (const [i, body] of BODIES.entries()) {
      // (The newsletter adds a word of its own to the first: its copy is the more complete, the one shown.)
      const own = i === 0 ? ['Nos adhérents du marché seront présents au stand de l’association pour l’occasion.'] : [];
      await writeFile(join(dir, `lettre-${i}.txt`), ['LA LETTRE DES AÎNÉS DU CANTON', TAGLINES[i % 3]!, ...body, ...own, 'Retrouvez toutes nos lettres sur le site de l’association, rubrique archives.'].join('\n\n'));
    }
    // The first article on a site that shows its headline.
    await writeFile(join(dir, 'journal.txt'), ['La halle rouvre après deux ans de travaux', ...BODIES[0]!].join('\n\n'));
    const r = await ingestFolder(dir);
    const halle = r.articles.find((a) => a.files.some((f) => f.path === 'journal.txt'))!;
    expect(halle.files.map((f) => f.path).sort()).toEqual(['journal.txt', 'lettre-0.txt']);
    expect(halle.title).toBe('La halle rouvre après deux ans de travaux');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('a site\'s changing head lines: tickers, status bars, a tagline above them (v18)', () => {
  const LEADS = [
    'La halle du marché rouvre samedi après deux ans de travaux menés par la commune et la région, a annoncé le maire.',
    'Les pompiers volontaires de la caserne recrutent dix personnes avant l’été, faute de candidats dans les villages voisins.',
    'Le pont sur la rivière restera fermé aux camions jusqu’en mars, selon l’arrêté du préfet publié mardi en fin de journée.',
    'La médiathèque prolonge ses horaires le jeudi soir pour accueillir les lycéens pendant la période des examens de juin.',
    'Le club de football des vétérans fête ses quarante ans avec un tournoi ouvert aux anciens joueurs et à leurs familles.',
  ];
  const HEADS = ['La halle rouvre ses portes', 'La caserne recrute des volontaires', 'Le pont fermé aux camions', 'La médiathèque ouvre le soir', 'Les vétérans fêtent leurs quarante ans'];

  it('takes them out and keeps the headline, in either language and with any figures', async () => {
    for (const [ticker, status] of [
      [(i: number) => `STI ${3000 + 17 * i}.${10 + i} ▲ 0.${60 + i}% | EUR/SGD 1.5${40 + i} | Brent US$${58 + i}.${20 + i}`, (i: number) => `Vol Wallis–Nouméa : ${['à l’heure', 'retardé de deux heures', 'reporté au lendemain'][i % 3]} · Pleine mer à Mata-Utu : ${6 + i} h ${10 + 3 * i}`],
      [(i: number) => `CAC 40 ${7300 + 11 * i},${20 + i} ▼ 0,${4 + i} % · Pétrole ${82 + i},${10 + i} $ · Euro ${(1 + i / 100).toFixed(2)} $`, (i: number) => `Status board: France — ${['normal', 'some delays', 'road works at night'][i % 3]} · Belgium — ${['normal', 'strike notice'][i % 2]}`],
    ] as const) {
      const dir = await mkdtemp(join(tmpdir(), 'kiosque-status-'));
      for (const [i, lead] of LEADS.entries()) {
        const page = ['LE COURRIER DES RIVES', 'Le site d’information des deux rives du fleuve, de la source à l’estuaire', ticker(i), status(i), HEADS[i]!, lead, `${lead.split(',')[0]} : la suite de l’article reprend les détails donnés par la mairie.`];
        await writeFile(join(dir, `${i}.txt`), page.join('\n\n'));
      }
      const r = await ingestFolder(dir);
      const titles = r.articles.map((a) => a.title).sort();
      expect(titles, ticker(0)).toEqual([...HEADS].sort());
      for (const a of r.articles) expect(a.paragraphs.some((p) => /Pleine mer|Status board|Brent|Pétrole/.test(p)), ticker(0)).toBe(false);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a site\'s bars and inserts joined by any symbol, a colon without a space before it (v29)', () => {
  const TOWNS = ['Lorient', 'Quimper', 'Vannes', 'Morlaix', 'Concarneau', 'Douarnenez', 'Paimpol', 'Lannion'];
  const THINGS = ['la halle du marché', 'la caserne des pompiers', 'le pont sur la rivière', 'la médiathèque', 'le stade municipal', 'la piscine', 'la gare routière', 'le musée de la pêche'];
  const head = (i: number): string => `${TOWNS[i]} : ${THINGS[i]} rouvre après deux ans`;
  const lead = (i: number): string => `À ${TOWNS[i]}, ${THINGS[i]} rouvre samedi après deux ans de travaux menés par la commune et la région, a annoncé le maire.`;
  const tail = (i: number): string => `Les habitants de ${TOWNS[i]} étaient nombreux à attendre cette réouverture, selon les commerçants du centre-ville interrogés mardi.`;
  const NEWS = ['Marché de nuit place du port', 'Coupure d’eau rue Haute'];
  it('takes out a bar whose parts head the other pages, and a labelled insert between paragraphs, in either language', async () => {
    for (const [bar, insert] of [
      [(i: number) => `1 $ = ${560 + i} F CFA » ${NEWS[i % 2]} » Vent : ${10 + i} nœuds`, (i: number) => `Sponsored: ${['Boat tours at dawn, book now', 'Fresh fish delivered to your door', 'Learn to sail in ten lessons'][i % 3]}`],
      [(i: number) => `Marée basse ${i + 5} h ${10 + i} ◦ ${NEWS[i % 2]}`, (i: number) => `Petite annonce ✧ ${['Vends voilier de six mètres', 'Cherche colocataire près du port', 'Donne chatons contre bons soins'][i % 3]}`],
    ] as const) {
      const dir = await mkdtemp(join(tmpdir(), 'kiosque-bars-'));
      for (let i = 0; i < TOWNS.length; i++) {
        await writeFile(join(dir, `${i}.txt`), ['LE COURRIER DES RIVES', bar(i), head(i), lead(i), insert(i), tail(i)].join('\n\n'));
      }
      const r = await ingestFolder(dir);
      expect(r.articles.map((a) => a.title).sort(), bar(0)).toEqual(TOWNS.map((_, i) => head(i)).sort());
      for (const a of r.articles) expect(a.paragraphs, bar(0)).toHaveLength(2);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps a headline that quotes (« … ») though its parts recur in its copies\' heads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-bars-'));
    const quoted = 'Wierde : les « gilets jaunes » toujours présents';
    // Copies of one quoted headline on five sites: its parts head five pages, as a bar's do.
    // (A short standfirst under it, which reads as a headline too.)
    for (let i = 0; i < 5; i++) await writeFile(join(dir, `q${i}.txt`), [`SITE ${TOWNS[i]!.toUpperCase()}`, quoted, 'Publié le 06/12/2018', 'Les livraisons restent autorisées sous contrôle', lead(0), tail(0)].join('\n\n'));
    const r = await ingestFolder(dir);
    expect(r.articles.map((a) => a.title)).toEqual([quoted]);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('a review crediting after its separator a paper whose own pages are in the folder (v29)', () => {
  const TOWNS = ['Lorient', 'Quimper', 'Vannes', 'Morlaix', 'Concarneau', 'Douarnenez'];
  const lead = (i: number): string => `À ${TOWNS[i]}, le conseil municipal a voté mardi soir la rénovation de la halle, fermée depuis deux ans, pour trois millions d’euros.`;
  const tail = (i: number): string => `Les commerçants de ${TOWNS[i]} attendent la réouverture avant l’été, selon leur association interrogée mercredi.`;
  it('credits that paper, whose name the folder shows as other pages\' masthead, and never a page\'s own masthead', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-review-'));
    // The paper's own pages: its masthead above each headline.
    for (let i = 0; i < 5; i++) await writeFile(join(dir, `own${i}.txt`), ['L’ÉCHO DES DUNES', `${TOWNS[i]} : la halle rénovée pour trois millions`, lead(i), tail(i)].join('\n\n'));
    // The review: each item's headline, its separator, the original paper (listed ones and the Écho).
    const credited = ['Le Monde', 'L’Écho des Dunes', 'Le Figaro', 'Libération', 'L’Écho des Dunes', 'Le Parisien'];
    for (let i = 0; i < 6; i++) {
      await writeFile(join(dir, `rev${i}.txt`), ['REVUE DES SALINES', `${TOWNS[i]} : les élus votent la rénovation de la halle ⇢ ${credited[i]}`, `Sélection du 0${i + 1}/02/2019`, `${lead(i)} ${tail(i)}`].join('\n\n'));
    }
    const r = await ingestFolder(dir);
    const outletOf = new Map(r.articles.flatMap((a) => a.files.map((f) => [f.path, f.outlet] as const)));
    expect(outletOf.get('rev1.txt')).toBe("L'Écho des Dunes");
    expect(outletOf.get('rev0.txt')).toBe('Le Monde');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('a site that lists its other headlines below each article (v19)', () => {
  const LEADS = [
    'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans, pour un montant de trois millions d’euros.',
    'Les producteurs de lait du canton manifestent devant la laiterie pour obtenir une hausse du prix payé aux éleveurs cette année.',
    'La ligne de bus entre la gare et l’hôpital sera prolongée jusqu’au nouveau quartier dès la rentrée de septembre, annonce la métropole.',
    'Une centaine de bénévoles ont nettoyé les berges de la rivière samedi matin, ramassant plus de deux tonnes de déchets en trois heures.',
    'Le festival de jazz accueillera cette année quarante concerts gratuits dans les cours d’école et sur les places du centre historique.',
    'Le collège du quartier nord ouvrira une classe bilingue à la rentrée, une première dans le département, selon le rectorat.',
  ];
  const HEADS = [
    'La piscine municipale sera enfin rénovée',
    'Colère des éleveurs devant la laiterie',
    'Le bus ira jusqu’au nouveau quartier',
    'Deux tonnes de déchets retirées des berges',
    'Quarante concerts gratuits pour le festival de jazz',
    'Une classe bilingue au collège du quartier nord',
  ];
  it('keeps each headline as its page\'s title, in either language, though it recurs in other pages\' lists', async () => {
    for (const [heading, footer] of [
      ['À lire aussi sur notre site', '© La Gazette du Val – tous droits réservés'],
      ['More from the Valley Gazette', 'Copyright The Valley Gazette. All rights reserved.'],
    ] as const) {
      const dir = await mkdtemp(join(tmpdir(), 'kiosque-related-'));
      for (const [i, lead] of LEADS.entries()) {
        // Three other pages' headlines, a different choice on each page.
        const others = [1, 2, 3].map((k) => HEADS[(i + k) % HEADS.length]!);
        const page = ['LA GAZETTE DU VAL', HEADS[i]!, lead, `${lead.split(',')[0]}, et la suite de l’article donne les détails que la mairie a publiés.`, heading, ...others, footer];
        await writeFile(join(dir, `${i}.txt`), page.join('\n\n'));
      }
      const r = await ingestFolder(dir);
      expect(r.articles.map((a) => a.title).sort(), heading).toEqual([...HEADS].sort());
      for (const a of r.articles) expect(a.paragraphs.filter((p) => HEADS.includes(p)), heading).toEqual([]);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a site\'s rotating taglines at the head of its pages (v16)', () => {
  const LEADS = [
    'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans, pour trois millions d’euros.',
    'Les producteurs de lait du canton manifestent devant la laiterie pour obtenir une hausse du prix payé aux éleveurs.',
    'La ligne de bus entre la gare et l’hôpital sera prolongée jusqu’au nouveau quartier dès la rentrée de septembre.',
    'Une centaine de bénévoles ont nettoyé les berges de la rivière samedi matin, ramassant deux tonnes de déchets.',
    'Le festival de jazz accueillera cette année quarante concerts gratuits dans les cours d’école et sur les places.',
    'Le collège du quartier nord ouvrira une classe bilingue à la rentrée, une première dans le département.',
    'La médiathèque prolonge ses horaires le jeudi soir pour accueillir les lycéens pendant la période des examens.',
    'Le pont sur la rivière restera fermé aux camions jusqu’en mars, selon l’arrêté du préfet publié mardi.',
    'Les pompiers volontaires de la caserne recrutent dix personnes avant l’été, faute de candidats dans les villages.',
    'Le marché couvert rouvre samedi après deux ans de travaux menés par la commune et la région.',
    'Une nouvelle piste cyclable longera le canal sur douze kilomètres, de l’écluse au port de plaisance.',
    'Le club de football des vétérans fête ses quarante ans avec un tournoi ouvert aux anciens joueurs.',
  ];
  it('takes none of them for a headline, in either language: the title comes from the lead', async () => {
    // Three taglines in turn: each heads a third of the site's pages, under the share of a site's template.
    for (const taglines of [
      ['Revue d’actualité proposée par le club presse', 'Le coin des élèves : comprendre l’actualité', 'L’actu décryptée en classe'],
      ['This week’s pick from the newsroom', 'Our readers’ corner: news explained', 'The week in five minutes'],
    ]) {
      const dir = await mkdtemp(join(tmpdir(), 'kiosque-rotating-'));
      for (const [i, lead] of LEADS.entries()) {
        const page = ['L’ÉCHO DU COLLÈGE', 'Lettre d’information du collège public', taglines[i % 3]!, `Mis en ligne le ${i + 3} mars 2019`, lead, `${lead.split(',')[0]} : la suite de l’article donne les détails publiés par la mairie.`];
        await writeFile(join(dir, `${i}.txt`), page.join('\n\n'));
      }
      const r = await ingestFolder(dir);
      expect(r.articles.filter((a) => taglines.includes(a.title)).map((a) => a.title), taglines[0]).toEqual([]);
      expect(r.articles.every((a) => a.titleSource === 'derived'), taglines[0]).toBe(true);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a site that signs below its articles, in words no list knows (v18)', () => {
  const LEADS = [
    'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans, pour trois millions d’euros.',
    'Les producteurs de lait du canton manifestent devant la laiterie pour obtenir une hausse du prix payé aux éleveurs.',
    'La ligne de bus entre la gare et l’hôpital sera prolongée jusqu’au nouveau quartier dès la rentrée de septembre.',
    'Une centaine de bénévoles ont nettoyé les berges de la rivière samedi matin, ramassant deux tonnes de déchets.',
  ];
  const HEADS = ['La piscine sera rénovée', 'Les éleveurs devant la laiterie', 'Le bus ira plus loin', 'Deux tonnes de déchets ramassées'];
  const NAMES = ['Solène Bréchard', 'Rebecca Camilleri', 'Wei Ling Tan', 'Gabriel Heuzé'];
  it('reads the name after the same words on every page, in either language, but never a picture credit or an outlet', async () => {
    for (const [label, photo] of [['Rédacteur :', '© '], ['Written up by', 'Photo: ']] as const) {
      const dir = await mkdtemp(join(tmpdir(), 'kiosque-signed-'));
      for (const [i, lead] of LEADS.entries()) {
        const page = ['ÉPIS DU VAL', HEADS[i]!, lead, `${lead.split(',')[0]} : la suite de l’article donne les détails publiés par la mairie.`, `${photo}${NAMES[(i + 1) % 4]}`, `Sources › ${['France Bleu', 'Fenua Uvea Info', 'Ouest-France', 'Radio Plateau Info'][i]}`, `${label} ${NAMES[i]}`, 'Commenter (réservé aux adhérents connectés)', 'Épis du Val – 2018 – Siège : Châteaudun'];
        await writeFile(join(dir, `${i}.txt`), page.join('\n\n'));
      }
      const r = await ingestFolder(dir);
      expect(r.articles.map((a) => a.author).sort(), label).toEqual([...NAMES].sort());
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a headline one site shouts in capitals, another writes in ordinary case', () => {
  it('shows the ordinary case, whichever copy is shown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-shouted-'));
    const lead = 'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans, pour un montant de trois millions d’euros, a annoncé le maire.';
    const more = 'Les travaux commenceront au printemps et dureront dix-huit mois, selon le calendrier présenté aux élus, qui ont voté à l’unanimité.';
    // The shouted copy is the more complete one (it has one more paragraph), so it is shown.
    await writeFile(join(dir, 'radio.txt'), ['LA PISCINE MUNICIPALE SERA ENFIN RÉNOVÉE', lead, more, 'Le maire a remercié les nageurs pour leur patience pendant la fermeture du bassin.'].join('\n\n'));
    await writeFile(join(dir, 'journal.txt'), ['La piscine municipale sera enfin rénovée', lead, more].join('\n\n'));
    const r = await ingestFolder(dir);
    expect(r.articles.map((a) => a.title)).toEqual(['La piscine municipale sera enfin rénovée']);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('a list of the folder\'s other headlines after a label (v4)', () => {
  const HEADS = ['La piscine municipale sera enfin rénovée', 'Colère des éleveurs devant la laiterie', 'Le bus ira jusqu’au nouveau quartier', 'Deux tonnes de déchets retirées des berges'];
  const LEADS = [
    'Le conseil municipal a voté mardi soir la rénovation de la piscine, fermée depuis deux ans, pour trois millions d’euros.',
    'Les producteurs de lait du canton manifestent devant la laiterie pour obtenir une hausse du prix payé aux éleveurs.',
    'La ligne de bus entre la gare et l’hôpital sera prolongée jusqu’au nouveau quartier dès la rentrée de septembre.',
    'Une centaine de bénévoles ont nettoyé les berges de la rivière samedi matin, ramassant deux tonnes de déchets.',
  ];
  /** The four articles, each closed by `lists[i]`, ingested: their paragraphs. */
  async function paragraphsWith(lists: readonly string[]): Promise<string[]> {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-linklist-'));
    for (const [i, lead] of LEADS.entries()) {
      await writeFile(join(dir, `${i}.txt`), [HEADS[i]!, lead, `${lead.split(',')[0]}, et la suite de l’article donne les détails publiés par la mairie.`, lists[i]!].join('\n\n'));
    }
    const r = await ingestFolder(dir);
    await rm(dir, { recursive: true, force: true });
    return r.articles.flatMap((a) => a.paragraphs);
  }

  it('is taken out in any wording and separator; a list with a part of its own text stays', async () => {
    const paragraphs = await paragraphsWith([`À lire dans notre rubrique Monde : ${HEADS[1]} ; ${HEADS[2]}`, `Lesen Sie auch / À lire aussi : ${HEADS[3]}`, `${HEADS[3]} · ${HEADS[0]}`, `Contexte : ${HEADS[0]} ; et la suite de l’enquête sur le chantier`]);
    expect(paragraphs.filter((p) => p.startsWith('À lire dans') || p.startsWith('Lesen Sie auch') || p.includes(' · '))).toEqual([]);
    expect(paragraphs.some((p) => p.startsWith('Contexte :'))).toBe(true);
  });

  it('takes out headlines with a note in brackets after them, and a list of three with one item the folder lacks (v4)', async () => {
    // v4's "Repères : <headline> (lire en page 8)" and "Nos dernières infos : A · On vous le dit · B", in other wordings.
    const lists = [`Repères : ${HEADS[1]} (lire en page 8)`, `See also: ${HEADS[2]} (p. 4) ; ${HEADS[3]} [video]`, `Nos dernières infos : ${HEADS[3]} · Le billet du jour · ${HEADS[0]}`, `Latest: ${HEADS[0]} | Weather | ${HEADS[1]}`];
    const paragraphs = await paragraphsWith(lists);
    for (const list of lists) expect(paragraphs, list).not.toContain(list);
  });
});

describe('a name alone beside a date line only the folder can read', () => {
  // A site's date template in another language (learnt across its pages), then the author's name alone.
  const sites: [string, (day: number) => string, string[]][] = [
    ['it', (d) => `Pubblicato il ${d} aprile 2021 alle ore 09:12`, ['Anna Ferrari', 'Luca Bianchi', 'Sara Conti']],
    ['de', (d) => `Veröffentlicht am ${d}. April 2021 um 09:12 Uhr`, ['Lena Vogel', 'Jonas Keller', 'Mia Brunner']],
  ];
  const headlines = ['Le marché de Pâques attire la foule', 'La piscine rouvre après deux ans de travaux', 'Un nouveau pont sur la rivière au printemps'];
  const text = 'Le chantier entre dans sa dernière phase, a indiqué jeudi la municipalité, qui prévoit une ouverture au public au printemps prochain si la météo le permet.';
  it.each(sites)('is its byline (%s)', async (lang, dateLine, names) => {
    const dir = await mkdtemp(join(tmpdir(), `kiosque-datebyline-${lang}-`));
    try {
      for (const [i, name] of names.entries()) {
        await writeFile(join(dir, `${i}.txt`), [headlines[i], '', dateLine(3 + i), name, '', `${text} (${i})`, '', `${text.replace('jeudi', 'vendredi')} (${i})`].join('\n'));
      }
      const r = await ingestFolder(dir);
      const byTitle = new Map(r.articles.map((a) => [a.title, a]));
      for (const [i, name] of names.entries()) {
        const a = byTitle.get(headlines[i]!)!;
        expect(a.author, headlines[i]).toBe(name);
        expect(a.publishedAt, headlines[i]).toMatch(/^2021-04-0\dT09:12:00\+02:00$/);
        expect(a.paragraphs.some((p) => p.includes(name))).toBe(false);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a line of the site's byline template first on a page without headline", () => {
  // Four pages of one site sign with the same words before different names; one page shows no headline.
  const site = (label: string, desk: string) => ({
    pages: [
      ['Le port de commerce agrandit son quai nord', 'Anna Keller'],
      ['Les ferries reprennent après la tempête', 'Paul Santini'],
      ['La criée bat un record de ventes', 'Maialen Etcheverry'],
    ].map(([title, name], i) => [title, '', `${label} ${name}, ${desk}`, '', `Le texte de l’article numéro ${i} raconte en détail ce qui s’est passé au port cette semaine, avec les chiffres de la capitainerie.`, '', `Un deuxième paragraphe de l’article ${i} cite le directeur du port et les dockers interrogés sur place.`].join('\n')),
    headless: [`${label} Orla Devlin, ${desk}`, '', 'Le conseil portuaire a voté jeudi un plan de dragage du chenal, attendu depuis des années par les pêcheurs et les plaisanciers du bassin.', '', 'Les travaux commenceront au printemps et dureront trois mois, selon la capitainerie, qui promet de limiter la gêne pour les navires.'].join('\n'),
  });
  it.each([
    ['Report:', 'Belfast Newsroom'],
    ['Reportaxe:', 'Redacción Vigo'],
    ['Tekst:', 'redactie Antwerpen'],
  ])('is its byline, never its title (%s)', async (label, desk) => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-headbyline-'));
    try {
      const { pages, headless } = site(label, desk);
      for (const [i, text] of pages.entries()) await writeFile(join(dir, `${i}.txt`), text);
      await writeFile(join(dir, 'headless.txt'), headless);
      const r = await ingestFolder(dir);
      const a = r.articles.find((x) => x.files.some((f) => f.path === 'headless.txt'))!;
      expect(a.title).not.toContain(label);
      expect(a.author).toBe('Orla Devlin');
      expect(a.paragraphs.some((p) => p.includes('Orla Devlin'))).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a link to another article of the folder after a label that ends on any separator', () => {
  const headlines = ['Le port de commerce agrandit son quai nord', 'Les ferries reprennent après la tempête', 'La criée bat un record de ventes'];
  const body = (i: number) => [`Le texte de l’article numéro ${i} raconte en détail ce qui s’est passé au port cette semaine, avec les chiffres de la capitainerie.`, `Un deuxième paragraphe de l’article ${i} cite le directeur du port et les dockers interrogés sur place.`];
  it.each([['READ NEXT | '], ['ALSO READ >> '], ['Irakurri ere / À lire aussi ➜ '], ['Lesen Sie auch ▸ '], ['Ver também — ']])('drops "%s<headline>" as a related link, and keeps a line whose tail is no headline', async (label) => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-linklabel-'));
    try {
      for (const [i, h] of headlines.entries()) {
        const [a, b] = body(i);
        await writeFile(join(dir, `${i}.txt`), [h, '', a, '', `${label}${headlines[(i + 1) % 3]}`, '', b, '', `${label}une phrase qui ne titre aucun article du dossier`].join('\n'));
      }
      const r = await ingestFolder(dir);
      for (const a of r.articles) {
        expect(a.paragraphs.some((p) => headlines.some((h) => p.endsWith(h))), a.title).toBe(false);
        expect(a.paragraphs.some((p) => p.includes('une phrase qui ne titre aucun article')), a.title).toBe(true);
      }
      expect(r.removed.filter((x) => x.reason === 'chrome:related').length).toBe(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a list of other articles’ headlines joined by any separator the site repeats (v36, development data)', () => {
  const headlines = ['Le port de commerce agrandit son quai nord', 'Les ferries reprennent après la tempête', 'La criée bat un record de ventes', 'Le phare rouvre aux visiteurs cet été'];
  const body = (i: number) => [`Le texte de l’article numéro ${i} raconte en détail ce qui s’est passé au port cette semaine, avec les chiffres de la capitainerie.`, `Un deuxième paragraphe de l’article ${i} cite le directeur du port et les dockers interrogés sur place.`];
  it.each([['Les plus lus ◦ ', ' ◦ '], ['Most read ⊹ ', ' ⊹ '], ['Más leído / Les plus lus ✧ ', ' ✧ ']])('drops "%s<headline>…" and keeps a paragraph with that separator once', async (label, sep) => {
    const dir = await mkdtemp(join(tmpdir(), 'kiosque-linklist-'));
    try {
      for (const [i, h] of headlines.entries()) {
        const [a, b] = body(i);
        const others = headlines.filter((_, j) => j !== i).join(sep);
        await writeFile(join(dir, `${i}.txt`), [h, '', a, '', `${label}${others}`, '', b, '', `Le maire l’a rappelé${sep}le port vivra`].join('\n'));
      }
      const r = await ingestFolder(dir);
      for (const a of r.articles) {
        expect(a.paragraphs.some((p) => p.startsWith(label.trim())), a.title).toBe(false);
        expect(a.paragraphs.some((p) => p.startsWith('Le maire l’a rappelé')), a.title).toBe(true);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
