/**
 * The line classifier on invented lines, one at a time, in one file with no corpus evidence: site
 * chrome of many classes (FR and EN, long and short) must go, real article lines (quotes, short
 * paragraphs, subheadings, lines that mention sites, apps, comments or subscribers) must stay.
 * None of these wordings was used to write the rules.
 */
import { describe, expect, it } from 'vitest';
import { buildChromeEvidence, removeChrome } from '../../src/ingest/chrome/index.ts';
import { lineFeatures, uiScore } from '../../src/ingest/chrome/features.ts';
import type { Line } from '../../src/ingest/types.ts';

const L = (texts: string[]): Line[] => texts.map((text, i) => ({ n: i + 1, text }));
const NO_EVIDENCE = buildChromeEvidence([]);
const TITLE = 'Le conseil régional vote un plan de soutien aux petites lignes ferroviaires';
const P1 = 'Réunis en séance plénière jeudi, les élus ont adopté à une large majorité un budget de 120 millions d’euros destiné à rénover les voies les plus anciennes.';
const P2 = 'L’opposition a dénoncé un calendrier trop lent et réclamé un audit indépendant sur l’état du réseau avant la fin de l’année prochaine.';

const CHROME = [
  'Laissez-nous votre avis en bas de page',
  'Vous aimez nos articles ? Soutenez une presse libre en faisant un don dès 2 €.',
  'Recevoir les alertes de la rédaction',
  'Sign up for our morning briefing and get the day’s top stories delivered to your inbox.',
  'Powered by Ghost · Theme Casper',
  'Ce site est protégé par reCAPTCHA et les règles de confidentialité de Google s’appliquent.',
  'Votre navigateur ne prend pas en charge la lecture de vidéos.',
  'Please enable JavaScript to view the comments.',
  'Connectez-vous pour ajouter ce contenu à vos favoris',
  'Télécharger le PDF',
  'Tap here to save this story for later',
  'Cliquez sur la cloche pour ne rien manquer de nos publications',
  'Abonnez-vous pour lire la suite de cet article et soutenir notre travail',
  'Already a subscriber? Log in',
  'Mot de passe oublié ?',
  'Share this story',
  'Follow us on Mastodon',
  'Retour à la liste des dépêches',
  'Vous consultez la version mobile du site. Passer à la version complète',
  'Les commentaires sont fermés.',
  'Soyez le premier à commenter',
  'Ajoutez notre site à votre écran d’accueil pour y accéder plus vite.',
  'This article is available to subscribers only. Start your free trial today.',
  'Site réalisé avec WordPress | Thème Astra',
  'Nos partenaires et nous utilisons des traceurs pour mesurer l’audience de ce site.',
  'We value your privacy. Manage your preferences at any time in the settings.',
  'Suivez toute l’actualité de votre région en téléchargeant notre application gratuite',
  'Imprimer cette page',
  'Signaler une erreur',
  'Copyright © 2021 Les Échos du Plateau. Reproduction interdite sans autorisation.',
  'Report an issue with this page',
  'Activez les notifications pour être alerté des dernières infos',
  'Don’t miss a thing: follow our live coverage on the app',
  'Vous avez aimé cet article ? Partagez-le !',
  'This website uses cookies to improve your experience. By continuing to browse, you accept our use of cookies.',
  'Merci de désactiver votre bloqueur de publicités pour continuer à lire gratuitement.',
];

const REAL = [
  '« Nous ne lâcherons rien », a lancé une manifestante.',
  'Le préfet a annoncé la fermeture de la route jusqu’à lundi.',
  'Une enquête a été ouverte.',
  'Les faits remontent à la nuit de samedi à dimanche.',
  '“We will not back down,” the union leader told reporters on Tuesday.',
  'The council voted 7-2 to approve the new budget.',
  'Un bilan encore provisoire',
  'Des réactions en chaîne',
  'Le site de l’usine, fermé depuis 2019, doit être reconverti en logements.',
  'Selon le ministère, 12 000 personnes ont téléchargé l’application de signalement.',
  'Les internautes peuvent consulter la liste des communes concernées sur le site de la préfecture.',
  '« Vous n’avez pas le droit de nous traiter ainsi », s’est indigné un riverain.',
  'Pourquoi cette décision maintenant ?',
  'Que faut-il retenir de cette réforme ?',
  'Interrogé, le maire n’a pas souhaité commenter.',
  'Les abonnés du réseau de bus devront patienter jusqu’en septembre.',
  'Ce n’est pas la première fois.',
  'Police said the suspect was arrested near the station.',
  'Residents have until Friday to register their comments with the city.',
  'Des milliers de cookies ont été vendus lors de la kermesse de l’école.',
  'Le réseau social X a suspendu plusieurs comptes liés à la campagne.',
  'Bilan : trois blessés légers.',
  'Le procès s’ouvrira le 14 mai devant la cour d’assises du Rhône.',
  '« Abonnez-vous à la vérité ! », scandaient les manifestants.',
  'Vingt ans plus tard, rien n’a changé.',
  'The company said it would share more details next week.',
  'Il a été condamné à deux ans de prison avec sursis.',
  'The report runs to 300 pages.',
  'Le gouvernement promet une réponse d’ici la fin du mois.',
  'Les élèves pourront s’inscrire en ligne à partir du 1er juin.',
  'Témoignages',
  'Contactée, la direction n’a pas donné suite à nos sollicitations.',
  'Pour voter par procuration, il faut remplir le formulaire en ligne puis se présenter au commissariat.',
  'Les habitants ont jusqu’au 30 juin pour s’inscrire sur les listes électorales de leur mairie.',
];
// Not in REAL: a call for testimonies addressed to the reader ("Vous souhaitez témoigner ? Écrivez
// à la rédaction") is the site's, and goes at a page end like any other call to action.

/** Whether `line` is removed when placed at `where` around a short article, alone, with no corpus evidence. */
function removedAt(line: string, where: 'top' | 'middle' | 'bottom'): boolean {
  const texts = where === 'top' ? [line, TITLE, P1, P2] : where === 'middle' ? [TITLE, P1, line, P2] : [TITLE, P1, P2, line];
  const { kept, removed } = removeChrome(L(texts), NO_EVIDENCE);
  // Whatever happens to the probe line, the article itself is never touched.
  expect(kept.map((l) => l.text).filter((t) => t !== line)).toEqual([TITLE, P1, P2]);
  return removed.some((r) => r.line.text === line);
}

/** Minimum share of invented chrome lines removed (at the top and at the bottom of a page). */
const MIN_RECALL = 0.85;
/** Every real line is kept wherever it sits (a lost paragraph is worse than a leaked widget). */
const MIN_PRECISION_KEPT = 1;

describe('line classifier on invented lines (no corpus evidence)', () => {
  it('has enough lines of each kind to measure', () => {
    expect(CHROME.length).toBeGreaterThanOrEqual(30);
    expect(REAL.length).toBeGreaterThanOrEqual(30);
  });

  it('removes most chrome lines at the top and at the bottom of a page', () => {
    const missed: string[] = [];
    let hit = 0;
    for (const line of CHROME) {
      for (const where of ['top', 'bottom'] as const) {
        if (removedAt(line, where)) hit++;
        else missed.push(`${where}: ${line}`);
      }
    }
    const recall = hit / (CHROME.length * 2);
    expect(recall, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('keeps every real line, in the middle and at the end of the article', () => {
    const lost: string[] = [];
    let tried = 0;
    for (const line of REAL) {
      // A subheading never ends an article: unpunctuated lines are tried between paragraphs only.
      const places = /[.!?…»”]$/u.test(line) ? (['middle', 'bottom'] as const) : (['middle'] as const);
      for (const where of places) {
        tried++;
        if (removedAt(line, where)) lost.push(`${where}: ${line}`);
      }
    }
    const kept = 1 - lost.length / tried;
    expect(kept, `lost:\n${lost.join('\n')}`).toBeGreaterThanOrEqual(MIN_PRECISION_KEPT);
  });

  it('scores UI address above reported speech', () => {
    expect(uiScore(lineFeatures('Cliquez ici pour gérer vos préférences de confidentialité'))).toBeGreaterThan(
      uiScore(lineFeatures('« Cliquez ici », lui a dit le policier, selon le procès-verbal.')),
    );
  });
});

describe('features never take the text of a file', () => {
  it('keeps a headline addressing the reader when the lead follows it', () => {
    const title = 'Impôts : téléchargez votre avis sur le site avant jeudi';
    const { kept } = removeChrome(L([title, P1, P2]), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([title, P1, P2]);
  });
  it('keeps the only paragraph of a short item even when it reads like a promotion', () => {
    const lines = ['Règlement du jeu-concours', 'Téléchargez notre application et tentez de gagner un vélo électrique. Vous trouverez ici le règlement complet du jeu.'];
    const r = removeChrome(L(lines), NO_EVIDENCE);
    expect(r.kept.map((l) => l.text)).toEqual(lines);
    expect(r.chromeOnly).toBeNull();
  });
});

describe('features spare the standfirst', () => {
  it('keeps a standfirst addressing the reader between the title and the lead', () => {
    const standfirst = 'Vous pourrez bientôt payer vos impôts locaux par application mobile';
    const { kept } = removeChrome(L([TITLE, standfirst, P1, P2]), NO_EVIDENCE);
    expect(kept.map((l) => l.text)).toEqual([TITLE, standfirst, P1, P2]);
  });
  it('still removes a short widget there', () => {
    const { removed } = removeChrome(L([TITLE, 'Ajoutez cet article à vos favoris', P1, P2]), NO_EVIDENCE);
    expect(removed.map((r) => r.line.text)).toEqual(['Ajoutez cet article à vos favoris']);
  });
});
