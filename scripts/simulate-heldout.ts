/**
 * `npx tsx scripts/simulate-heldout.ts --out /tmp/heldout [--seed 1] [--sets dev,hold] [--no-score] [--show 5]`
 * `npx tsx scripts/simulate-heldout.ts --score /tmp/heldout [--sets dev,hold] [--show 5]`
 *
 * Simulates an unseen held-out corpus: clean articles of the public gilets-jaunes corpus (files with
 * `noise: null` and a manifest title, read at run time: no corpus text is stored in the project) are
 * wrapped in invented site templates (banners, menus, cookie notices, paywall and reading-time
 * notices, share bars, tags, related-article lists, ads in mid-body, comment counters, newsletter
 * prompts, footers), with invented bylines and dates in many formats, outlet attributions of several
 * kinds and several encodings, plus republished copies across templates. Two template sets are
 * written: DEV (rules are tuned on it) and HOLD (only scored, to check that the rules generalise).
 * The scorer prints: files accounted for, title, outlet, author, date (exact ISO), body recall,
 * chrome leak, repeated paragraphs, duplicate folding precision and recall.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format, formatISO } from 'date-fns';
import { fr } from 'date-fns/locale';
import { TZDate } from '@date-fns/tz';
import iconv from 'iconv-lite';
import {
  accountedFor,
  nearDuplicatePairs,
  outletAccuracy,
  pairPrecision,
  pairRecall,
  ratio,
  titleAccuracy,
  type ManifestEntry,
  type Ratio,
} from '../src/eval/score.ts';
import { compareKey } from '../src/ingest/text.ts';
import { makeRng } from './rng.ts';

// ——— Thresholds of the held-out evaluation (the brief's targets) ———

/** Minimum scores the held-out corpus must reach; `leak` and `repeats` are maxima. */
export const TARGETS = {
  accounted: 1,
  title: 0.95,
  outlet: 0.9,
  author: 0.9,
  date: 0.9,
  bodyRecall: 0.98,
  leak: 0.03,
  repeats: 0,
  dupPrecision: 0.97,
  dupRecall: 0.95,
} as const;

/** Clean articles sampled per set (DEV and HOLD draw from disjoint halves of the pool). */
const SOURCES_PER_SET = 340;
/** Share of sampled articles left bare (no template): real corpora mix clean files with wrapped ones. */
const BARE_SHARE = 0.15;
/** Share of templated articles republished a second time by another template of the set. */
const REPUBLISH_SHARE = 0.25;
/** A body whose last line is shorter than this may end with a signature: left out of the pool (its author is unknown). */
const MIN_LAST_LINE_CHARS = 40;
const TIME_ZONE = 'Europe/Paris';

// ——— Seeded randomness ———

export { makeRng };

class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(xs: readonly T[], n: number): T[] {
    const copy = [...xs];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }
}

// ——— Inputs ———

/** One clean article: the truth a simulated file is built from. */
export interface Source {
  id: string;
  title: string;
  body: string[];
  outlet: string | null;
  dupGroup: string;
}

/** Lines of a clean file: the first line is the title, trailing "Source :" credits are dropped (the templates attribute). */
export function cleanSource(id: string, text: string, title: string, outlet: string | null, dupGroup: string): Source | null {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length < 3) return null;
  const body = lines.slice(1);
  while (body.length > 0 && /^sources?\s*:/i.test(body[body.length - 1]!)) body.pop();
  if (body.length < 2 || body[body.length - 1]!.length < MIN_LAST_LINE_CHARS) return null;
  return { id, title, body, outlet, dupGroup };
}

// ——— Invented people, places, outlets ———

const AUTHORS = [
  'Hélène Vasseur', 'Bastien Roumier', 'Clémence Aubriot', 'Yanis Belkacem', 'Margaux Thibodeau', 'Pierre-Yves Lannoy',
  'Agathe de Villeneuve', 'Samir Haddouche', 'Élodie Kerbrat', 'Thibault Mercadier', 'Inès Fontanel', 'Grégoire Le Goff',
  'Nadia Bensalem', 'Julien Sauvageot', 'Camille Perronet', 'Louis-Marie Daubigny', 'Sonia Lemaître', 'Arnaud Chevrier',
  'Fanny Castagnet', 'Romain Delaporte', 'Aurélie Vandamme', 'Mathieu Ferrand', 'Laure-Anne Bastide', 'Karim Oudjedi',
  'Solène Guérin', 'Benoît Rivoire', 'Anaïs Marchetti', 'Vincent Lhermitte', 'Chloé Dumoulin', 'Hugo Sarrazin',
];
const PLACES = ['Kiev', 'Bruxelles', 'Marseille', 'Strasbourg', 'Rome', 'Genève', 'Montréal', 'Toulouse'];
/** Real outlets of the outlet list: the simulated article is attributed to one of them (or to its own). */
const OUTLETS = [
  'Le Devoir', 'Le Soleil', 'La Presse', 'Le Journal de Montréal', 'Tribune de Genève', 'Le Temps', 'Le Matin',
  'Le Nouvelliste', 'Le Figaro', 'Ouest-France', '20 Minutes', 'Le Parisien', 'La Voix du Nord', 'Sud Ouest', 'Le Soir',
  'Liberté', 'El Watan', 'La DH', 'La Libre Belgique',
];
const DOMAINS: Record<string, string> = {
  'Le Devoir': 'www.ledevoir.com', 'Le Soleil': 'www.lesoleil.com', 'La Presse': 'www.lapresse.ca',
  'Le Journal de Montréal': 'www.journaldemontreal.com', 'Tribune de Genève': 'www.tdg.ch', 'Le Temps': 'www.letemps.ch',
  'Le Matin': 'www.lematin.ch', 'Le Nouvelliste': 'www.lenouvelliste.ch', 'Le Figaro': 'www.lefigaro.fr',
  'Ouest-France': 'www.ouest-france.fr', '20 Minutes': 'www.20minutes.fr', 'Le Parisien': 'www.leparisien.fr',
  'La Voix du Nord': 'www.lavoixdunord.fr', 'Sud Ouest': 'www.sudouest.fr', 'Le Soir': 'www.lesoir.be',
  'Liberté': 'www.liberte-algerie.com', 'El Watan': 'www.elwatan.com', 'La DH': 'www.dhnet.be',
  'La Libre Belgique': 'www.lalibre.be', 'Le Journal de Québec': 'www.journaldequebec.com',
};
const TAGS = [
  'Emmanuel Macron', 'Fiscalité', 'Manifestation', 'Carburants', 'Police', 'Assemblée nationale', 'Pouvoir d’achat',
  'Syndicats', 'Belgique', 'Paris', 'Grand débat', 'Justice', 'Transports', 'Commerce', 'Élections européennes',
];

/** Date formats of bylines, rendered in French in Paris time. */
function fmt(d: TZDate, pattern: string): string {
  return format(d, pattern, { locale: fr });
}
function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function slug(title: string): string {
  return compareKey(title)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 70)
    .replace(/-+$/, '');
}

// ——— Templates ———

type Kind = 'chrome' | 'meta' | 'title' | 'body' | 'blank';
interface Entry {
  kind: Kind;
  text: string;
}

/** What a template knows about the article it wraps. */
export interface Story {
  src: Source;
  body: string[];
  author: string | null;
  date: TZDate;
  outlet: string | null;
  /** Titles of other articles, for related-article lists. */
  others: string[];
}

/** What a template shows: the expected metadata after wrapping. */
interface Shown {
  author: string | null;
  /** true: full date and time; 'day': the date only; false: none. */
  date: boolean | 'day';
}

class Page {
  readonly out: Entry[] = [];
  constructor(readonly d: Dice, readonly s: Story) {}
  chrome(...lines: string[]): this {
    for (const text of lines) this.out.push({ kind: 'chrome', text });
    return this;
  }
  meta(...lines: string[]): this {
    for (const text of lines) this.out.push({ kind: 'meta', text });
    return this;
  }
  title(text: string): this {
    this.out.push({ kind: 'title', text });
    return this;
  }
  blank(): this {
    this.out.push({ kind: 'blank', text: '' });
    return this;
  }
  /** The body, with `inserts[k]` chrome lines placed after paragraph k (blank lines around when `spaced`). */
  body(inserts: Record<number, string[]> = {}, spaced = true): this {
    const { body } = this.s;
    for (const [i, p] of body.entries()) {
      this.out.push({ kind: 'body', text: p });
      if (spaced) this.blank();
      const ins = inserts[i];
      if (ins && i < body.length - 1) {
        this.chrome(...ins);
        if (spaced) this.blank();
      }
    }
    return this;
  }
  headlines(n: number): string[] {
    return this.d.sample(this.s.others, n);
  }
  tags(): string[] {
    return this.d.sample(TAGS, this.d.int(2, 4));
  }
  /** Position for a mid-body insert: after the first or second paragraph when the body is long enough. */
  mid(): number {
    return Math.min(this.d.int(1, 2), Math.max(0, this.s.body.length - 2));
  }
}

interface Template {
  name: string;
  render(p: Page): Shown;
}

const MENU_DEV = ['Actualités', 'Politique', 'Économie', 'Société', 'Culture', 'Sports', 'Régions', 'Monde', 'Opinions'];
const MENU_HOLD = ['À la une', 'France', 'International', 'Planète', 'Tech', 'Vidéos', 'Podcasts', 'Débats', 'Santé', 'Éducation'];
const SPONSORED_DEV = [
  'Ce robot aspirateur fait un carton chez les retraités',
  'Les mutuelles détestent cette astuce toute simple',
  'Ce village breton cache un secret que peu connaissent',
  'Voici combien coûte vraiment une rénovation de salle de bain',
];
const SPONSORED_HOLD = [
  'Cette banque en ligne offre 150 euros à l’ouverture de compte',
  'Pourquoi tout le monde s’arrache ces chaussures de marche',
  'Un jeu de stratégie qui rend accro des milliers de joueurs',
  'Les prix de ces maisons en bord de mer vont vous surprendre',
];

/** The outlet line of an attribution style, or the title decorated with it. */
function outletLine(style: 'source' | 'source-tight' | 'copyright' | 'url' | 'original', s: Story, year: string): string[] {
  if (!s.outlet) return [];
  switch (style) {
    case 'source':
      return [`Source : ${s.outlet}`];
    case 'source-tight':
      return [`Source: ${s.outlet}`];
    case 'copyright':
      return [`© ${s.outlet} ${year}`];
    case 'url':
      return [`https://${DOMAINS[s.outlet] ?? 'www.exemple.org'}/actualite/${slug(s.src.title)}-${year}`];
    case 'original':
      return [`Cet article a d’abord été publié par ${s.outlet}.`];
  }
}

const DEV: Template[] = [
  {
    name: 'relais',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('LE RELAIS CITOYEN').chrome(...d.sample(MENU_DEV, d.int(4, 6))).chrome('Accueil › Société › Mouvements sociaux').blank();
      p.title(s.src.title).blank();
      p.meta(`Par ${a} - Publié le ${fmt(s.date, 'd MMMM yyyy')} à ${fmt(s.date, "HH'h'mm")}`);
      p.chrome(`Temps de lecture : ${d.int(2, 9)} min`).blank();
      p.body({ [p.mid()]: ['PUBLICITÉ'] });
      p.chrome(`Mots-clés : ${p.tags().join(', ')}`).blank();
      p.chrome('Partager', 'Facebook', 'Twitter', 'WhatsApp', 'LinkedIn', 'Email', 'Copier le lien').blank();
      p.meta(...outletLine('source', s, fmt(s.date, 'yyyy'))).blank();
      p.chrome('Le Relais Citoyen · Mentions légales · Nous écrire · Confidentialité');
      return { author: a, date: true };
    },
  },
  {
    name: 'horizon',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('Nous utilisons des cookies pour améliorer votre expérience de lecture. En poursuivant votre navigation, vous acceptez leur utilisation.', 'Accepter', 'Paramétrer').blank();
      p.chrome('NOUVEL HORIZON INFO').blank();
      p.title(s.outlet ? `${s.src.title} | ${s.outlet}` : s.src.title);
      p.meta(`${a} | Publié le ${fmt(s.date, 'dd/MM/yyyy')}`).blank();
      p.chrome('Écouter cet article').blank();
      p.body({ 0: ['Article réservé aux abonnés'] });
      p.chrome('Cet article vous a été utile ? Oui Non', `${d.int(2, 80)} commentaires`).blank();
      p.chrome('À lire également', ...p.headlines(3)).blank();
      p.chrome('Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail').blank();
      p.chrome(`© Nouvel Horizon Info ${fmt(s.date, 'yyyy')}`);
      return { author: a, date: 'day' };
    },
  },
  {
    name: 'vox',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('Vox Populi Hebdo', 'Le journal qui vous donne la parole').blank();
      p.meta(`Auteur : ${a}`, `Date : ${fmt(s.date, 'dd/MM/yyyy HH:mm')}`).blank();
      p.title(s.src.title).blank();
      p.body({ [p.mid()]: ['Sur le même sujet', ...p.headlines(2)] });
      p.chrome('Facebook', 'Twitter', 'WhatsApp', 'Email').blank();
      p.meta(...outletLine('source-tight', s, fmt(s.date, 'yyyy'))).blank();
      p.chrome('Contenus sponsorisés', ...d.sample(SPONSORED_DEV, 3)).blank();
      p.chrome('Vox Populi Hebdo – Tous les contenus sont protégés');
      return { author: a, date: true };
    },
  },
  {
    name: 'lumiere',
    render(p) {
      const { s, d } = p;
      p.chrome('Lumière sur l’Info').chrome(...d.sample(MENU_DEV, 5)).blank();
      p.title(s.src.title).blank();
      // "Par Le Figaro avec AFP": the outlet signs, no author.
      if (s.outlet) p.meta(`Par ${s.outlet} avec AFP`);
      p.meta(`Publié le ${fmt(s.date, 'dd/MM/yyyy')} à ${fmt(s.date, "HH'h'mm")} - Mis à jour le ${fmt(s.date, 'dd/MM/yyyy')} à ${fmt(s.date, 'HH')}h59`).blank();
      p.chrome(`Photo : ${d.pick(AUTHORS)} / AFP`).blank();
      p.body({ [p.mid()]: ['PUBLICITÉ'] });
      p.chrome(`${d.int(2, 150)} commentaires`, 'Réagir').blank();
      p.chrome('Lumière sur l’Info — Qui sommes-nous · Publicité · Contact');
      return { author: null, date: true };
    },
  },
  {
    name: 'miroir',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('Le Miroir Quotidien', 'Article réservé aux abonnés').blank();
      p.title(s.src.title).blank();
      p.meta(`Par ${a}, envoyé${d.chance(0.5) ? 'e' : ''} spécial${d.chance(0.5) ? 'e' : ''} à ${d.pick(PLACES)}`);
      p.meta(formatISO(s.date)).blank();
      p.body({ [p.mid()]: ['Sur le même sujet', ...p.headlines(2)] });
      p.chrome('Mots-clés : ' + p.tags().join(' - ')).blank();
      p.meta(...outletLine('copyright', s, fmt(s.date, 'yyyy'))).blank();
      p.chrome('Le Miroir Quotidien | Abonnez-vous dès 1 € | Nos offres');
      return { author: a, date: true };
    },
  },
  {
    name: 'agora',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('AGORA NOUVELLES', 'Menu', 'Se connecter').blank();
      p.title(s.src.title).blank();
      p.meta(`Par ${a} - Publié le ${fmt(s.date, 'd MMMM yyyy')} à ${fmt(s.date, "HH'h'mm")}`).blank();
      p.body({ [p.mid()]: ['PUBLICITÉ'], [p.mid() + 2]: [`Photo : ${d.pick(AUTHORS)}`] });
      p.chrome('À lire également', ...p.headlines(4)).blank();
      p.meta(...outletLine('url', s, fmt(s.date, 'yyyy'))).blank();
      p.chrome('Cet article vous a été utile ? Oui Non').blank();
      p.chrome('Agora Nouvelles · Mentions légales · Cookies');
      return { author: a, date: true };
    },
  },
  {
    name: 'terre',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('Terre & Cités', `Temps de lecture : ${d.int(2, 9)} min`).blank();
      p.title(s.outlet ? `${s.src.title} | ${s.outlet}` : s.src.title).blank();
      p.body({}, false);
      p.blank();
      p.meta(`${a} | Publié le ${fmt(s.date, 'dd/MM/yyyy')}`).blank();
      p.chrome('Partager', 'Facebook', 'Twitter', 'LinkedIn', 'Copier le lien').blank();
      p.chrome('Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail');
      return { author: a, date: 'day' };
    },
  },
  {
    name: 'cadre',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('PLEIN CADRE', 'Accueil › Monde').blank();
      p.meta(`Publié le ${fmt(s.date, 'dd/MM/yyyy')} à ${fmt(s.date, "HH'h'mm")} - Mis à jour le ${fmt(s.date, 'dd/MM/yyyy')} à ${fmt(s.date, 'HH')}h59`);
      p.title(s.src.title).blank();
      p.meta(s.outlet ? `Par ${a} | ${s.outlet}` : `Par ${a}`).blank();
      p.chrome('Écouter cet article').blank();
      p.body({ [p.mid()]: ['PUBLICITÉ'] });
      p.chrome('Sur le même sujet', ...p.headlines(3)).blank();
      p.chrome(`${d.int(2, 90)} commentaires`).blank();
      p.chrome('Plein Cadre, l’information sans filtre');
      return { author: a, date: true };
    },
  },
  {
    // Long template lines (a 30-word theme notice, a 25-word pitch between paragraphs), an unlisted
    // site's name after every headline, interface notices in wordings no rule lists.
    name: 'veilleur',
    render(p) {
      const { s } = p;
      const a = s.author!;
      p.chrome('Ce site utilise un thème premium dont la licence doit être renouvelée chaque année par son administrateur ; sans renouvellement, certaines fonctions de mise en page et de partage seront désactivées.').blank();
      p.chrome('LE VEILLEUR DU VAL').blank();
      p.title(s.outlet ? `${s.src.title} – Le Veilleur du Val` : s.src.title).blank();
      p.meta(`Par ${a} - Publié le ${fmt(s.date, 'd MMMM yyyy')} à ${fmt(s.date, "HH'h'mm")}`);
      p.chrome('Soyez le premier à réagir à cet article').blank();
      p.body({ [p.mid()]: ['Soutenez une rédaction indépendante : chaque contribution, même modeste, nous permet de continuer à enquêter librement sur le terrain, sans publicité ni actionnaire.'] });
      p.meta(...outletLine('source', s, fmt(s.date, 'yyyy'))).blank();
      p.chrome('Votre navigateur n’est plus à jour : certaines fonctions du site peuvent ne pas s’afficher correctement.').blank();
      p.chrome('© Le Veilleur du Val – Reproduction interdite');
      return { author: a, date: true };
    },
  },
  {
    // An English site's chrome around French articles: a cookie notice, a newsletter pitch between paragraphs.
    name: 'ledger',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('We use cookies and similar technologies to remember your preferences, measure traffic and show relevant offers. By clicking accept you agree to this.', 'Accept all', 'Manage options').blank();
      p.chrome('THE VALLEY LEDGER').blank();
      p.title(s.src.title).blank();
      p.meta(`${a} | Publié le ${fmt(s.date, 'dd/MM/yyyy')}`).blank();
      p.body({ [p.mid()]: ['Enjoying this story? Get our free weekday newsletter and never miss the local news that matters to you and your family.'] });
      p.chrome('Share this story', 'Bluesky', 'Mastodon', 'Email').blank();
      p.meta(...outletLine('url', s, fmt(s.date, 'yyyy'))).blank();
      p.chrome(`${d.int(2, 40)} comments`, 'Comments are closed for this article.').blank();
      p.chrome('© 2019 The Valley Ledger. All rights reserved. Powered by WordPress.');
      return { author: a, date: 'day' };
    },
  },
];

const HOLD: Template[] = [
  {
    name: 'mosaique',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('Mosaïque Presse').chrome(...d.sample(MENU_HOLD, d.int(5, 7))).blank();
      p.chrome('Vous êtes ici : Accueil / France / Social').blank();
      p.title(s.src.title).blank();
      p.meta(`Rédigé par ${a} le ${fmt(s.date, 'd MMMM yyyy')}`).blank();
      p.chrome(`Lecture : ${d.int(2, 9)} minutes`).blank();
      p.body({ [p.mid()]: ['Annonce'] });
      p.chrome(`Thématiques : ${p.tags().join(' · ')}`).blank();
      p.chrome('Partager sur Facebook', 'Partager sur X', 'Envoyer par e-mail', 'Imprimer').blank();
      p.meta(...outletLine('source', s, fmt(s.date, 'yyyy'))).blank();
      p.chrome('Mosaïque Presse | Charte éditoriale | Nous contacter | Gestion des traceurs');
      return { author: a, date: 'day' };
    },
  },
  {
    name: 'panorama',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('Ce site utilise des traceurs pour mesurer l’audience et personnaliser les contenus.', 'Tout accepter', 'Tout refuser', 'Personnaliser').blank();
      p.chrome('PANORAMA MATIN').blank();
      p.meta(capital(fmt(s.date, "EEEE d MMMM yyyy, HH:mm")));
      p.title(s.src.title).blank();
      p.meta(`${a}, le ${fmt(s.date, 'd MMMM yyyy')} à ${fmt(s.date, "H 'h' mm")}`).blank();
      p.chrome('Cet article est réservé à nos abonnés').blank();
      p.body({ [p.mid()]: ['La suite après cette publicité'] });
      p.chrome('Avez-vous trouvé cet article intéressant ?', 'Oui', 'Non').blank();
      p.chrome(`Voir les ${d.int(2, 90)} réactions`).blank();
      p.chrome('Nos lecteurs ont aussi lu', ...p.headlines(3)).blank();
      p.meta(...outletLine('copyright', s, fmt(s.date, 'yyyy')));
      return { author: a, date: true };
    },
  },
  {
    name: 'observatoire',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('L’Observatoire Social', 'S’abonner', 'Connexion').blank();
      p.title(s.outlet ? `${s.src.title} | ${s.outlet}` : s.src.title).blank();
      p.meta(`Publié : ${fmt(s.date, 'dd MMMM yyyy')} à ${fmt(s.date, 'HH:mm')} | Mis à jour : ${fmt(s.date, 'dd MMMM yyyy')}`).blank();
      p.chrome('Écouter l’article').blank();
      p.body({ [p.mid()]: [`(Crédit : AFP / ${d.pick(AUTHORS)})`] });
      p.meta(`Texte : ${a}`).blank();
      p.chrome('Dans l’actualité', ...p.headlines(3)).blank();
      p.chrome('Ne manquez rien : inscrivez-vous à l’alerte info', 'Je m’inscris').blank();
      p.chrome('© L’Observatoire Social — Conditions d’utilisation — Données personnelles');
      return { author: a, date: true };
    },
  },
  {
    name: 'carrefour',
    render(p) {
      const { s, d } = p;
      p.chrome('Carrefour Infos').blank();
      p.meta(capital(fmt(s.date, "EEEE d MMMM yyyy, HH:mm"))).blank();
      p.title(s.src.title).blank();
      if (s.outlet) p.meta(`Par ${s.outlet} avec AFP`).blank();
      p.body({ [p.mid()]: ['- Publicité -'] });
      p.chrome('Réagissez', `Commentaires (${d.int(1, 40)})`).blank();
      p.chrome('Sélectionné pour vous par notre partenaire', ...d.sample(SPONSORED_HOLD, 3)).blank();
      p.chrome('Téléchargez notre application', 'Disponible sur iOS et Android').blank();
      p.chrome('Carrefour Infos, une publication de Médias Réunis SA');
      return { author: null, date: true };
    },
  },
  {
    name: 'presse360',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('PRESSE LIBRE 360').chrome(...d.sample(MENU_HOLD, 4)).blank();
      p.title(s.src.title).blank();
      p.meta(`Par ${a}, envoyé${d.chance(0.5) ? 'e' : ''} spécial${d.chance(0.5) ? 'e' : ''} à ${d.pick(PLACES)}`).blank();
      p.body({ [p.mid()]: ['Image d’illustration'] });
      p.chrome('Messenger', 'Bluesky', 'Telegram', 'Copier').blank();
      p.meta(...outletLine('url', s, fmt(s.date, 'yyyy'))).blank();
      p.meta(`Mise en ligne le ${fmt(s.date, 'dd/MM/yyyy')} à ${fmt(s.date, "HH'h'mm")}`).blank();
      p.chrome('Presse Libre 360 | Qui sommes-nous ? | Publicité | Recrutement');
      return { author: a, date: true };
    },
  },
  {
    name: 'boussole',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('Boussole Actu', 'Le cap sur l’essentiel').blank();
      p.chrome(`⏱ ${d.int(2, 9)} min de lecture`).blank();
      p.title(s.src.title).blank();
      p.body({ [p.mid()]: ['Lire l’article à voix haute'] });
      p.meta(`— ${a}`).blank();
      p.meta(`Le ${fmt(s.date, 'd MMMM yyyy')} à ${fmt(s.date, "HH'h'mm")}`).blank();
      p.meta(...outletLine('source-tight', s, fmt(s.date, 'yyyy'))).blank();
      p.chrome('Ces articles pourraient vous intéresser', ...p.headlines(4)).blank();
      p.chrome('Suivez Boussole Actu sur Instagram').blank();
      p.chrome('Boussole Actu 2019 — Mentions obligatoires');
      return { author: a, date: true };
    },
  },
  {
    name: 'phare',
    render(p) {
      const { s, d } = p;
      const a = s.author!;
      p.chrome('Le Phare Numérique').blank();
      p.title(s.src.title).blank();
      p.meta(`Par ${a} | ${fmt(s.date, 'dd.MM.yyyy')} à ${fmt(s.date, 'HH:mm')}`).blank();
      p.chrome('Contenu premium').blank();
      p.body({ [p.mid()]: ['Les plus partagés', ...p.headlines(2)] });
      p.meta(...outletLine('original', s, fmt(s.date, 'yyyy'))).blank();
      p.chrome('Partager', 'Tweeter', 'E-mail').blank();
      p.chrome(`${d.int(2, 300)} partages`, `${d.int(1, 60)} réactions`).blank();
      p.chrome('Le Phare Numérique © 2019');
      return { author: a, date: true };
    },
  },
  {
    name: 'terrain',
    render(p) {
      const { s } = p;
      const a = s.author!;
      p.chrome('ÉCHO DU TERRAIN', 'International · Société · Économie · Sciences').blank();
      p.title(s.src.title).blank();
      p.meta(s.outlet ? `Par ${a} | ${s.outlet}` : `Par ${a}`);
      p.meta(`${fmt(s.date, 'd MMMM yyyy')}, ${fmt(s.date, 'HH:mm')}`).blank();
      p.body({ [p.mid()]: ['Annonce'] });
      p.chrome('Vous avez aimé cet article ?', 'J’aime', 'Je n’aime pas').blank();
      p.chrome('Plus d’articles', ...p.headlines(3)).blank();
      p.chrome('Écho du Terrain · Plan du site · Publicité · Cookies');
      return { author: a, date: true };
    },
  },
];

// ——— Encodings ———

export type Encoding = 'utf-8' | 'utf-8-bom' | 'cp1252' | 'utf-16le-bom' | 'utf-8-crlf' | 'cp1252-crlf' | 'mojibake';
const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8', 'utf-8', 'utf-8-bom', 'cp1252', 'utf-16le-bom', 'utf-8-crlf', 'cp1252-crlf', 'mojibake'];

/** Text → bytes in the requested encoding; falls back to UTF-8 when the text does not fit in cp1252. */
export function encodeText(text: string, encoding: Encoding): { bytes: Uint8Array; encoding: Encoding } {
  const crlf = encoding.endsWith('-crlf');
  const t = crlf ? text.replace(/\n/g, '\r\n') : text;
  const base = encoding.replace('-crlf', '');
  if (base === 'cp1252') {
    const bytes = iconv.encode(t, 'win1252');
    if (iconv.decode(bytes, 'win1252') !== t) return encodeText(text, crlf ? 'utf-8-crlf' : 'utf-8-bom');
    return { bytes, encoding };
  }
  if (base === 'utf-8-bom') return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]), encoding };
  if (base === 'utf-16le-bom') return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]), encoding };
  if (base === 'mojibake') {
    // UTF-8 bytes read as Windows-1252 (C1 controls where cp1252 has no character), saved again as UTF-8.
    const utf8 = Buffer.from(t, 'utf8');
    let s = '';
    for (const b of utf8) s += [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b) ? String.fromCharCode(b) : iconv.decode(Buffer.from([b]), 'win1252');
    return { bytes: Buffer.from(s, 'utf8'), encoding };
  }
  return { bytes: Buffer.from(t, 'utf8'), encoding };
}

// ——— Generation ———

/** One row of a simulated manifest. */
export interface SimEntry {
  file: string;
  template: string;
  source: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  dup_group: string;
  encoding: Encoding;
  /** Expected body paragraphs. */
  body: string[];
  /** Injected chrome lines (must not reach the paragraphs). */
  chrome: string[];
  /** Injected byline, date and credit lines (must not reach the paragraphs either). */
  meta: string[];
}

/** Renders one story with a template: file text and manifest fields. */
export function renderStory(template: Template | null, story: Story, d: Dice): { text: string; entry: Omit<SimEntry, 'file' | 'encoding'> } {
  const base = { source: story.src.id, title: story.src.title, dup_group: story.src.dupGroup, body: story.body };
  if (!template) {
    const text = [story.src.title, '', ...story.body.flatMap((p) => [p, ''])].join('\n');
    return { text, entry: { ...base, template: 'bare', outlet: null, author: null, publishedAt: null, chrome: [], meta: [] } };
  }
  const page = new Page(d, story);
  const shown = template.render(page);
  const lines: string[] = [];
  for (const e of page.out) {
    if (e.kind === 'blank' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(e.text);
  }
  const day = new TZDate(story.date.getFullYear(), story.date.getMonth(), story.date.getDate(), TIME_ZONE);
  const publishedAt = shown.date === false ? null : formatISO(shown.date === 'day' ? day : story.date);
  return {
    text: `${lines.join('\n')}\n`,
    entry: {
      ...base,
      template: template.name,
      outlet: story.outlet,
      author: shown.author,
      publishedAt,
      chrome: page.out.filter((e) => e.kind === 'chrome' && e.text).map((e) => e.text),
      meta: page.out.filter((e) => e.kind === 'meta' && e.text).map((e) => e.text),
    },
  };
}

/** Builds one simulated set from sources: templated files, bare files and republished copies. */
export function simulateSet(
  sources: readonly Source[],
  templates: readonly Template[],
  seed: number,
  allTitles: readonly string[],
): { files: { name: string; bytes: Uint8Array }[]; manifest: SimEntry[] } {
  const d = new Dice(makeRng(seed));
  const files: { name: string; bytes: Uint8Array }[] = [];
  const manifest: SimEntry[] = [];
  const emit = (template: Template | null, story: Story): void => {
    const { text, entry } = renderStory(template, story, d);
    const enc = encodeText(text, d.pick(ENCODINGS));
    const name = `sim-${String(files.length + 1).padStart(4, '0')}.txt`;
    files.push({ name, bytes: enc.bytes });
    manifest.push({ file: name, encoding: enc.encoding, ...entry });
  };
  for (const [i, src] of sources.entries()) {
    const hour = d.int(6, 22);
    const start = Date.UTC(2018, 10, 17);
    const dayMs = 24 * 3600 * 1000;
    const t = new Date(start + d.int(0, 220) * dayMs);
    const date = new TZDate(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), hour, d.int(0, 59), 0, TIME_ZONE);
    const outlet = src.outlet === null ? null : d.chance(0.5) ? src.outlet : d.pick(OUTLETS);
    const others = allTitles.filter((x) => x !== src.title);
    const story: Story = { src, body: src.body, author: d.pick(AUTHORS), date, outlet, others: d.sample(others, 12) };
    if (d.chance(BARE_SHARE)) {
      emit(null, story);
      continue;
    }
    const first = templates[i % templates.length]!;
    emit(first, story);
    if (d.chance(REPUBLISH_SHARE)) {
      const second = d.pick(templates.filter((t) => t !== first));
      const trimmed = story.body.length > 3 && d.chance(0.5) ? story.body.slice(0, -1) : story.body;
      emit(second, { ...story, body: trimmed, others: d.sample(others, 12) });
    }
  }
  return { files, manifest };
}

/** Reads the clean pool of the public corpus (at run time) and splits it into two disjoint halves. */
async function loadSources(corpus: string, seed: number): Promise<{ dev: Source[]; hold: Source[]; titles: string[] }> {
  const rows = JSON.parse(await readFile(join(corpus, 'manifest.json'), 'utf8')) as {
    file: string;
    title: string | null;
    outlet: string | null;
    noise: string | null;
    dup_group: string | null;
  }[];
  const pool: Source[] = [];
  for (const r of rows) {
    if (r.noise !== null || !r.title) continue;
    const text = await readFile(join(corpus, 'articles', r.file), 'utf8');
    const src = cleanSource(r.file, text, r.title, r.outlet, r.dup_group ?? `g:${r.file}`);
    if (src) pool.push(src);
  }
  const d = new Dice(makeRng(seed * 7919 + 1));
  const shuffled = d.sample(pool, pool.length);
  const n = Math.min(SOURCES_PER_SET, Math.floor(shuffled.length / 2));
  return { dev: shuffled.slice(0, n), hold: shuffled.slice(n, 2 * n), titles: pool.map((s) => s.title) };
}

// ——— Scoring ———

/** The parts of an ingest result the held-out scorer reads. */
export interface SimResult {
  articles: readonly {
    title: string;
    author: string | null;
    publishedAt: string | null;
    paragraphs: readonly string[];
    storyId: string;
    files: readonly { path: string; outlet: string | null }[];
  }[];
  rejected: readonly { path: string; reason: string }[];
}

/** Held-out scores, each a Ratio (leak and repeats: lower is better). */
export interface SimScores {
  accounted: Ratio;
  title: Ratio;
  outlet: Ratio;
  author: Ratio;
  date: Ratio;
  bodyRecall: Ratio;
  leak: Ratio;
  metaLeak: Ratio;
  repeats: number;
  dupPrecision: Ratio;
  dupRecall: Ratio;
}

function wordCounts(texts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const w of compareKey(t).split(' ')) if (w) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/**
 * True when a chrome line survives in the paragraphs: a paragraph equal to it, or a paragraph it is
 * glued into that the truth lacks (a paragraph that is itself another injected line does not count:
 * the banner's name inside the footer is the footer's leak, not the banner's).
 */
function leaked(line: string, paragraphKeys: readonly string[], bodyKeys: readonly string[], injected: ReadonlySet<string>): boolean {
  const key = compareKey(line);
  if (!key) return false;
  if (paragraphKeys.includes(key)) return true;
  const padded = ` ${key} `;
  return paragraphKeys.some((p) => !injected.has(p) && ` ${p} `.includes(padded)) && !bodyKeys.some((b) => ` ${b} `.includes(padded));
}

/** Scores an ingest result against a simulated manifest; `misses` collects examples per metric. */
export function scoreSim(manifest: readonly SimEntry[], result: SimResult): { scores: SimScores; misses: Record<string, unknown[]> } {
  const byFile = new Map(manifest.map((m) => [m.file, m]));
  const misses: Record<string, unknown[]> = { title: [], outlet: [], author: [], date: [], recall: [], leak: [], meta: [], repeats: [], dupRecall: [] };
  // Bare files carry no attribution: their outlet is unknowable, so it is not scored (no `outlet` field).
  const scored = manifest.map((m): ManifestEntry => (m.template === 'bare' ? { file: m.file, title: m.title } : m));
  const accounted = accountedFor(manifest, result).ratio;
  const t = titleAccuracy(scored, result);
  misses['title'] = t.misses;
  const o = outletAccuracy(scored, result);
  misses['outlet'] = o.misses.map((x) => ({ ...x, template: byFile.get(x.file)?.template }));

  let authorHit = 0, authorTotal = 0, dateHit = 0, dateTotal = 0;
  let recallHit = 0, recallTotal = 0, leakHit = 0, leakTotal = 0, metaHit = 0, metaTotal = 0, repeats = 0;
  for (const a of result.articles) {
    const copies = a.files.map((f) => byFile.get(f.path)).filter((m): m is SimEntry => m !== undefined);
    const shown = copies[0];
    if (!shown) continue;
    const expAuthor = shown.author ?? copies.find((c) => c.author !== null)?.author ?? null;
    const expDate = shown.publishedAt ?? copies.find((c) => c.publishedAt !== null)?.publishedAt ?? null;
    authorTotal++;
    if (expAuthor === a.author) authorHit++;
    else misses['author']!.push({ file: shown.file, template: shown.template, expected: expAuthor, got: a.author });
    dateTotal++;
    // Any copy's date is right, written as that copy gives it (exact ISO), as in the unseen-sites scorer:
    // a copy dating the piece to the minute says more than one that prints its day only.
    if (expDate === a.publishedAt || (a.publishedAt !== null && copies.some((c) => c.publishedAt === a.publishedAt))) dateHit++;
    else misses['date']!.push({ file: shown.file, template: shown.template, expected: expDate, got: a.publishedAt });

    const got = wordCounts(a.paragraphs);
    for (const c of copies) {
      const want = wordCounts(c.body);
      let hit = 0, total = 0;
      for (const [w, n] of want) {
        total += n;
        hit += Math.min(n, got.get(w) ?? 0);
      }
      recallHit += hit;
      recallTotal += total;
      if (hit < total) misses['recall']!.push({ file: c.file, template: c.template, missingWords: total - hit });
    }
    const pKeys = a.paragraphs.map(compareKey);
    const bKeys = shown.body.map(compareKey);
    const injected = new Set([...shown.chrome, ...shown.meta].map(compareKey));
    for (const line of shown.chrome) {
      leakTotal++;
      if (leaked(line, pKeys, bKeys, injected)) {
        leakHit++;
        misses['leak']!.push({ template: shown.template, line });
      }
    }
    for (const line of shown.meta) {
      metaTotal++;
      if (leaked(line, pKeys, bKeys, injected)) {
        metaHit++;
        misses['meta']!.push({ template: shown.template, line });
      }
    }
    const seen = new Set<string>([compareKey(a.title)]);
    const expectedSeen = new Set<string>([compareKey(shown.title)]);
    let expectedRepeats = 0;
    for (const k of bKeys) {
      if (expectedSeen.has(k)) expectedRepeats++;
      expectedSeen.add(k);
    }
    let r = 0;
    for (const k of pKeys) {
      if (seen.has(k)) r++;
      seen.add(k);
    }
    if (r > expectedRepeats) {
      repeats += r - expectedRepeats;
      misses['repeats']!.push({ file: shown.file, template: shown.template });
    }
  }
  const groupOf = new Map<string, number>();
  result.articles.forEach((a, i) => a.files.forEach((f) => groupOf.set(f.path, i)));
  const dupPrecision = pairPrecision(
    result.articles.map((a) => a.files.map((f) => f.path)),
    (x, y) => byFile.get(x)?.dup_group === byFile.get(y)?.dup_group,
  );
  // Recall is owed on copies of the same text (≥ 0.9 shingle containment), as in the public eval;
  // precision accepts any pair of the same near-duplicate group.
  const refPairs = nearDuplicatePairs(manifest.map((m) => [m.title, ...m.body].join('\n'))).map(
    ([i, j]) => [manifest[i]!.file, manifest[j]!.file] as [string, string],
  );
  const dupRecall = pairRecall(refPairs, groupOf);
  misses['dupRecall'] = refPairs
    .filter(([x, y]) => groupOf.get(x) === undefined || groupOf.get(x) !== groupOf.get(y))
    .map(([x, y]) => ({ pair: [x, y], templates: [byFile.get(x)?.template, byFile.get(y)?.template], sources: [byFile.get(x)?.source, byFile.get(y)?.source] }));
  return {
    scores: {
      accounted,
      title: t.ratio,
      outlet: o.ratio,
      author: ratio(authorHit, authorTotal),
      date: ratio(dateHit, dateTotal),
      bodyRecall: ratio(recallHit, recallTotal),
      leak: ratio(leakHit, leakTotal),
      metaLeak: ratio(metaHit, metaTotal),
      repeats,
      dupPrecision,
      dupRecall,
    },
    misses,
  };
}

/** Metrics that miss their target. */
export function failures(s: SimScores): string[] {
  const out: string[] = [];
  for (const k of ['accounted', 'title', 'outlet', 'author', 'date', 'bodyRecall', 'dupPrecision', 'dupRecall'] as const) {
    if (s[k].value < TARGETS[k]) out.push(k);
  }
  if (s.leak.value > TARGETS.leak) out.push('leak');
  if (s.repeats > TARGETS.repeats) out.push('repeats');
  return out;
}

function pct(r: Ratio): string {
  return `${(r.value * 100).toFixed(2).padStart(6)} %  ${String(r.hit).padStart(6)}/${r.total}`;
}

/** Prints one set's table, worst templates first for each metric with misses. */
function report(name: string, scores: SimScores, misses: Record<string, unknown[]>, show: number, ms: number): void {
  console.log(`\n${name.toUpperCase()} (ingest ${Math.round(ms)} ms)`);
  const rows: [string, string][] = [
    ['files accounted for', pct(scores.accounted)],
    ['title (shown copies)', pct(scores.title)],
    ['outlet (every copy)', pct(scores.outlet)],
    ['author (articles)', pct(scores.author)],
    ['date, exact ISO (articles)', pct(scores.date)],
    ['body recall (words)', pct(scores.bodyRecall)],
    ['chrome leak (lower is better)', pct(scores.leak)],
    ['meta-line leak (lower is better)', pct(scores.metaLeak)],
    ['repeated paragraphs', String(scores.repeats)],
    ['folding precision', pct(scores.dupPrecision)],
    ['folding recall', pct(scores.dupRecall)],
  ];
  for (const [label, value] of rows) console.log(`  ${label.padEnd(34)} ${value}`);
  const failed = failures(scores);
  console.log(`  ${failed.length === 0 ? 'all targets met' : `below target: ${failed.join(', ')}`}`);
  if (show <= 0) return;
  for (const [k, list] of Object.entries(misses)) {
    if (list.length === 0) continue;
    if (k === 'leak' || k === 'meta') {
      const counts = new Map<string, number>();
      for (const x of list as { template: string; line: string }[]) {
        const key = `${x.template}: ${x.line.slice(0, 90)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, show);
      console.log(`  ${k} (${list.length}):`);
      for (const [line, n] of top) console.log(`    ${String(n).padStart(4)}× ${line}`);
    } else {
      console.log(`  ${k} misses (${list.length}, first ${Math.min(show, list.length)}):`);
      for (const x of list.slice(0, show)) console.log(`    ${JSON.stringify(x).slice(0, 220)}`);
    }
  }
}

async function writeSet(dir: string, set: { files: { name: string; bytes: Uint8Array }[]; manifest: SimEntry[] }): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'articles'), { recursive: true });
  for (const f of set.files) await writeFile(join(dir, 'articles', f.name), f.bytes);
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(set.manifest, null, 1)}\n`);
}

async function scoreDir(dir: string, name: string, show: number): Promise<SimScores> {
  const { ingestFolder } = await import('../src/ingest/pipeline.ts');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as SimEntry[];
  const started = performance.now();
  const result = await ingestFolder(join(dir, 'articles'));
  const ms = performance.now() - started;
  const { scores, misses } = scoreSim(manifest, result);
  report(name, scores, misses, show, ms);
  return scores;
}

const TEMPLATE_SETS = { dev: DEV, hold: HOLD } as const;
export { DEV as DEV_TEMPLATES, HOLD as HOLD_TEMPLATES, Dice };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      score: { type: 'string' },
      corpus: { type: 'string', default: '/work/shared/corpus/gilets-jaunes' },
      seed: { type: 'string', default: '1' },
      sets: { type: 'string', default: 'dev,hold' },
      show: { type: 'string', default: '0' },
      'no-score': { type: 'boolean', default: false },
    },
  });
  const root = values.out ?? values.score;
  if (!root) throw new Error('usage: npx tsx scripts/simulate-heldout.ts --out <dir> [--seed 1] | --score <dir> [--sets dev,hold] [--show 5]');
  const sets = values.sets.split(',').filter((s): s is keyof typeof TEMPLATE_SETS => s in TEMPLATE_SETS);
  const seed = Number(values.seed);
  if (values.out) {
    const { dev, hold, titles } = await loadSources(resolve(values.corpus), seed);
    const sources = { dev, hold };
    for (const [k, name] of (['dev', 'hold'] as const).entries()) {
      const set = simulateSet(sources[name], TEMPLATE_SETS[name], seed * 1000 + k, titles);
      await writeSet(join(root, name), set);
      console.log(`${name}: ${set.files.length} files written to ${join(root, name)}`);
    }
    if (values['no-score']) return;
  }
  let failed = false;
  for (const name of sets) {
    const s = await scoreDir(join(root, name), name, Number(values.show));
    if (failures(s).length > 0) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  });
}
