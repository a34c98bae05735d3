import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineKey, normalizeText, splitLines } from '../../src/ingest/lines.ts';
import { compareKey } from '../../src/ingest/text.ts';

describe('normalizeText', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normalizeText('Le Petit Quotidien Web\r\nInsultes antisémites\rSource : La DH\r\n')).toBe(
      'Le Petit Quotidien Web\nInsultes antisémites\nSource : La DH\n',
    );
  });

  it('composes to NFC', () => {
    expect(normalizeText('Te\u0301he\u0301ran')).toBe('Téhéran');
  });

  it('drops zero-width characters and bidirectional controls', () => {
    expect(normalizeText('\uFEFFMoscou\u200B et\u200D Té\u2060héran\u200E \u202Aont\u202C nié\u2066\u2069')).toBe('Moscou et Téhéran ont nié');
  });

  it('drops C0/C1 controls except newline and tab, and tabs become spaces', () => {
    expect(normalizeText('Kiev\u0007 a\u0085 répondu\tvendredi\u001b.\n')).toBe('Kiev a répondu vendredi.\n');
  });

  it('keeps no-break spaces (French typography)', () => {
    expect(normalizeText('« 80\u00a0% des drones\u202f»')).toBe('« 80\u00a0% des drones\u202f»');
  });
});

describe('splitLines', () => {
  it('returns trimmed non-blank lines with their 1-based number, spaces collapsed', () => {
    const text = 'in\n\nLa Russie et l’Iran envisagent   la production  \n\n\n  Voici ce que nous savons\n';
    expect(splitLines(text)).toEqual([
      { n: 1, text: 'in' },
      { n: 3, text: 'La Russie et l’Iran envisagent la production' },
      { n: 6, text: 'Voici ce que nous savons' },
    ]);
  });

  it('collapses a run holding a no-break space into one no-break space', () => {
    expect(splitLines('un « \u00a0partenariat »')[0]!.text).toBe('un «\u00a0partenariat »');
  });

  it('keeps files with one paragraph per line as they are', () => {
    const text = [
      "L'Iran et la Russie conviennent de produire des drones kamikazes iraniens en Russie",
      'Moscou et Téhéran se sont mis d’accord sur un plan visant à assembler des armes.',
      'Voici ce que nous savons',
      'Début novembre, l’Iran a tenu une réunion avec des représentants russes.',
    ].join('\n');
    expect(splitLines(text).map((l) => l.n)).toEqual([1, 2, 3, 4]);
  });

  it('joins a clearly hard-wrapped paragraph back into one line', () => {
    const text = [
      'Le secrétaire d’État s’est exprimé un jour après que les États-Unis',
      'ont accusé l’Iran d’envoyer des formateurs et des techniciens en',
      'Crimée pour aider à conseiller et à soutenir les attaques russes contre',
      'des cibles ukrainiennes.',
      '',
      'Dans le même temps, l’Iran continue de nier son implication.',
    ].join('\n');
    expect(splitLines(text)).toEqual([
      {
        n: 1,
        text: 'Le secrétaire d’État s’est exprimé un jour après que les États-Unis ont accusé l’Iran d’envoyer des formateurs et des techniciens en Crimée pour aider à conseiller et à soutenir les attaques russes contre des cibles ukrainiennes.',
      },
      { n: 6, text: 'Dans le même temps, l’Iran continue de nier son implication.' },
    ]);
  });

  it('does not join short sentences of similar width that end with punctuation', () => {
    const text = [
      'Les manifestants ont investi la place de la République vers midi.',
      'La police a fait usage de gaz lacrymogènes en milieu d’après-midi.',
      'Plusieurs commerces ont baissé leur rideau avant la fin du cortège.',
    ].join('\n');
    expect(splitLines(text)).toHaveLength(3);
  });

  it('does not join a list of related headlines of similar width (every item starts with a capital)', () => {
    const list = [
      'Réforme des retraites : les syndicats appellent à une nouvelle grève',
      'Budget 2020 : le gouvernement revoit sa copie sur la taxe carbone',
      'Incendie à Rouen : les riverains réclament des réponses au préfet',
      'Municipales à Paris : la bataille des listes est déjà bien lancée',
    ];
    const lines = splitLines(list.join('\n'));
    expect(lines.map((l) => l.text)).toEqual(list);
  });

  it('joins a sentence broken across two lines (next line starts in lower case)', () => {
    const text = 'À Toulouse aussi, les manifestants ont dû affronter en plusieurs\nendroits la fumée des gaz lacrymogènes.';
    expect(splitLines(text)).toEqual([
      { n: 1, text: 'À Toulouse aussi, les manifestants ont dû affronter en plusieurs endroits la fumée des gaz lacrymogènes.' },
    ]);
  });
});

describe('lineKey', () => {
  it('equals compareKey, including on every typographic character compareKey folds', () => {
    const chars = ['\u2019', '\u2018', '\u02bc', '\u00b4', '`', '\u00ab', '\u00bb', '\u201c', '\u201d', '\u201e', '\u2039', '\u203a', '\u2013', '\u2014', '\u2212', '\u00a0', '\u202f', '\u2009', 'l', 'É', 'é', ' ', '"', "'", '-', '1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(lineKey(s)).toBe(compareKey(s));
      }),
    );
    expect(lineKey('L\u02bcIran — « drones »')).toBe('l iran drones');
  });
});

describe('a list of links led by pointers', () => {
  it('is not joined as a hard-wrapped paragraph; a wrapped paragraph still is', () => {
    const list = [
      '› Asile et migration : seize trains entre Courtrai et la France contrôlés',
      '› Le conseil municipal de Namur vote enfin le budget des écoles',
      '› Des images de la catastrophe ferroviaire dans un film américain',
    ].join('\n');
    expect(splitLines(list).map((l) => l.text)).toHaveLength(3);
    const wrapped = [
      'Le conseil municipal a voté mardi soir la fermeture de la piscine pour',
      'des travaux qui dureront au moins un an, au grand dam des clubs de',
      'natation de la ville, qui devront trouver un autre bassin pour leurs',
      'entraînements et leurs compétitions.',
    ].join('\n');
    expect(splitLines(wrapped)).toHaveLength(1);
  });
});

describe('a web address on the line after a headline (v4)', () => {
  it('stays a line of its own, never the end of the line above it', () => {
    // v4's Telegram export ("Titre | L'Express" then the article's address), then other forms.
    for (const address of ['https://www.lexpress.fr/des-cadeaux-par-milliers-revendus-sur-internet', 'www.lesoir.be/article/manifestation-a-bruxelles', 'http://example.org/news/2019/01/harbour-reopens']) {
      const text = `🔴 Des cadeaux par milliers revendus sur internet, un réflexe post-Noël | L'Express\n${address}\n\nNon désirés ou superflus, des cadeaux se retrouvent par milliers sur les sites d'annonces.`;
      expect(splitLines(text).map((l) => l.text), address).toEqual([
        "🔴 Des cadeaux par milliers revendus sur internet, un réflexe post-Noël | L'Express",
        address,
        "Non désirés ou superflus, des cadeaux se retrouvent par milliers sur les sites d'annonces.",
      ]);
    }
    // A sentence broken across two lines is still joined.
    expect(splitLines('Le conseil municipal a voté mardi soir le budget des écoles de la commune\net des crèches du quartier nord.').map((l) => l.text)).toHaveLength(1);
  });
});
