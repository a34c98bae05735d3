/**
 * Removes site chrome from one file's lines. Where a new kind of chrome goes:
 *  - a class of single lines recognisable on their own (a widget, a notice): classes.ts;
 *  - a feature of lines (how they address the reader, what they speak of): features.ts;
 *  - evidence across files (a site's template lines): template.ts;
 *  - link lists and widget runs (several lines together): lists.ts;
 *  - per-line analysis (key, word count, anchors): info.ts.
 * This module places them by zone (head before the title, body, tail after the last paragraph).
 */
import type { Line, Removal } from '../types.ts';
import { stripAccents } from '../text.ts';
import { isCredit, isSectionLabel, isSegmentLabel, isTaglineBanner, looksLikePersonName, plausibleTitleWord, REACTION_WORDS_FR } from './classes.ts';
import { analyse, endsSentence, isAnchor, type Info } from './info.ts';
import { cutGluedLinks, removeHeadLinkList, removeLinkLists, removePointerLinks, removeTailRuns, removeWidgetParts } from './lists.ts';
import { midRecurring, recurring, segmentInsert, slotTemplate, tickerLine, type ChromeEvidence } from './template.ts';

export { buildChromeEvidence, type ChromeEvidence, type KeyStats } from './template.ts';

/** Longest masthead above a site's navigation, in words ("The Harbour Courier", "Le Journal du Val"). */
const MASTHEAD_MAX_WORDS = 5;
/** A stray token ("in", "RTEn"): one word, at most this many characters, in the head or tail zone. */
const STRAY_MAX_CHARS = 12;
/**
 * A page made only of site chrome (a cookie banner, a masthead, a reaction widget, a copyright
 * line) has no line of article text (no anchor other than template lines), at least this many
 * chrome lines, and chrome makes at least CHROME_ONLY_MIN_SHARE of its words. A headline-only brief
 * (one line, no chrome) and a brief under a small share bar (a quarter of its words) are kept.
 */
const CHROME_ONLY_MIN_LINES = 3;
/**
 * A page with more words of text lines than this holds an article (a brief's lead alone is longer);
 * with fewer, the share of chrome decides.
 */
const CHROME_ONLY_MAX_TEXT_WORDS = 30;
const CHROME_ONLY_MIN_SHARE = 2 / 3;
/**
 * Feature-score bars (features.ts): a line at or above ZONE_SCORE is chrome in the head zone (not
 * the title) and in the tail zone; at or above NOTICE_SCORE it never counts as article text when
 * finding the zones (a two-sentence cookie notice is not a paragraph); at or above BODY_SCORE it is
 * chrome even between paragraphs. In the tail, a line at or above NEIGHBOUR_SCORE next to chrome is
 * part of that chrome (smoothing by neighbours).
 */
const ZONE_SCORE = 2.5;
const NOTICE_SCORE = 4;
const BODY_SCORE = 5.5;
const NEIGHBOUR_SCORE = 1.5;
/** Lines after the title longer than this may be a standfirst: features remove them only on BODY_SCORE. */
const STANDFIRST_MIN_WORDS = 8;

/** What removeChrome found in one file. */
export interface ChromeResult {
  kept: Line[];
  removed: Removal[];
  /** Kept lines that are site template by corpus evidence (the file's only long text): left out of duplicate fingerprints. */
  template: Set<Line>;
  /** Set when the page holds only site chrome: the reason to reject it. */
  chromeOnly: string | null;
}

/**
 * Removes site chrome from one file's lines: position-free class rules (licence notices, share and
 * reaction widgets, see-also links, copyright, newsletter prompts, navigation, disclaimers),
 * head-zone rules before the title (site banners, section labels, stray tokens), lines the corpus
 * evidence shows recurring across unrelated files or one site's files (template, at any length; the
 * title only on overwhelming evidence; between paragraphs only short inserts and long template
 * sentences), and lines whose features score as chrome (by zone, smoothed by neighbours in the
 * tail). Body subheadings ("Voici ce que nous savons") between paragraphs are kept. Also says which
 * kept lines are template and whether the page holds only chrome.
 */
export function removeChrome(lines: readonly Line[], evidence: ChromeEvidence): ChromeResult {
  const infos = cutGluedLinks(analyse(lines));
  // A long line pasted around many unrelated articles (a cookie notice) is not article text, unless
  // it is the file's only text (a programme's blurb under each episode's headline).
  const anchors: number[] = [];
  const pasted: number[] = [];
  for (let i = 0; i < infos.length; i++) {
    const o = infos[i]!;
    if (!isAnchor(o)) continue;
    // (So is a status bar long enough to look like a paragraph, whose parts head the site's other pages.)
    if (recurring(evidence, o.key, false, o.nWords) || tickerLine(evidence, o)) pasted.push(i);
    // A notice addressed to the reader (a cookie banner) is never article text, even as the only long line.
    else if (o.score < NOTICE_SCORE) anchors.push(i);
  }
  // No paragraph at all: the file's only long lines are its text, template or notice alike (an RSS
  // item whose one paragraph is a promotion); a page of nothing but chrome is caught by chromeOnlyReason.
  const notPasted = pasted.filter((i) => infos[i]!.score < NOTICE_SCORE);
  const notices = infos.flatMap((o, i) => (isAnchor(o) ? [i] : []));
  const body = anchors.length > 0 ? anchors : notPasted.length > 0 ? notPasted : notices;
  const first = body[0] ?? infos.length;
  const last = body[body.length - 1] ?? -1;
  const inHead = (i: number): boolean => i < first;
  const inTail = (i: number): boolean => i > last;
  /** Another unclassified line with at least 3 words after i in the head zone (or the first anchor). */
  const titleFollows = (i: number): boolean => {
    for (let j = i + 1; j < infos.length && j <= first; j++) {
      const o = infos[j]!;
      if (o.reason === null && o.nWords >= 3) return true;
    }
    return false;
  };
  const stray = (o: Info): boolean =>
    o.nWords === 1 && o.line.text.length <= STRAY_MAX_CHARS && !endsSentence(o.line.text) && !isCredit(o.line.text);
  /** Another title-like line (not a paragraph) follows i in the head zone. */
  const headingFollows = (i: number): boolean => {
    // (A heading has no closing full stop: "Based on a report by X." under a headline is a credit, not a second heading.)
    for (let j = i + 1; j < first; j++) if (infos[j]!.reason === null && infos[j]!.nWords >= 3 && !/[.…]["»”)]?$/u.test(infos[j]!.line.text)) return true;
    return false;
  };

  // A link list above the article is no candidate for its title.
  removeHeadLinkList(infos, first);
  /** The next unclassified line after i reads as a headline (three words or more, no closing full stop), not a lead. */
  const headlineNext = (i: number): boolean => {
    for (let j = i + 1; j < infos.length; j++) {
      const o = infos[j]!;
      if (o.reason !== null) continue;
      return o.nWords >= 3 && !/[.…]["»”)]?$/u.test(o.line.text);
    }
    return false;
  };
  /** After i: the site's navigation (a breadcrumb, a link bar), then a line that reads as a headline. */
  const navigationThenHeadline = (i: number): boolean => {
    let j = i + 1;
    while (j < infos.length && infos[j]!.reason !== null && infos[j]!.reason !== 'chrome:navigation') j++;
    return j < infos.length && infos[j]!.reason === 'chrome:navigation' && headlineNext(j);
  };
  // Head zone: banners, labels and stray tokens before the title; the title is the first line left.
  let titleIndex = -1;
  for (let i = 0; i < infos.length && inHead(i); i++) {
    const o = infos[i]!;
    if (o.reason !== null) continue;
    if (titleIndex < 0) {
      if (titleFollows(i)) {
        if (isTaglineBanner(o.line.text)) o.reason = 'chrome:banner';
        // A short name above the site's navigation, with the headline below it: the masthead (one
        // page is enough: a headline never sits above the menu that leads to it).
        else if (o.nWords <= MASTHEAD_MAX_WORDS && !endsSentence(o.line.text) && navigationThenHeadline(i)) o.reason = 'chrome:banner';
        else if (isSectionLabel(o.key, o.nWords)) o.reason = 'chrome:navigation';
        // A place and a section, a rubric path, with the headline below it.
        else if (isSegmentLabel(o.line.text) && headlineNext(i)) o.reason = 'chrome:navigation';
        else if (stray(o) && (!plausibleTitleWord(o.line.text) || headingFollows(i))) o.reason = 'chrome:stray';
        else if (REACTION_WORDS_FR.has(stripAccents(o.key))) o.reason = 'chrome:reactions';
        else if (recurring(evidence, o.key, true, o.nWords)) o.reason = 'chrome:recurring';
        // A status bar whose parts head the site's other pages, their figures aside (the line as a whole
        // recurs nowhere: a masthead that does keeps its reason, which the masthead reading looks for).
        else if (tickerLine(evidence, o)) o.reason = 'chrome:banner';
        // A headline may address the reader ("Accros aux écouteurs, apprenez à vous écouter"): by
        // features, a line goes from the title position only when another heading follows it.
        else if (o.score >= ZONE_SCORE && headingFollows(i)) o.reason = 'chrome:ui';
      }
      if (o.reason === null) titleIndex = i;
      continue;
    }
    if (stray(o)) o.reason = 'chrome:stray';
    else if (isSectionLabel(o.key, o.nWords)) o.reason = 'chrome:navigation';
    else if (recurring(evidence, o.key, false, o.nWords, true)) o.reason = 'chrome:recurring';
    // (A status bar under a line taken for the title, a masthead the title reading sets aside later.)
    else if (tickerLine(evidence, o)) o.reason = 'chrome:banner';
    // Between the title and the lead, a longer line may be the standfirst ("Vous pourrez bientôt payer
    // vos impôts par application mobile"): only short widgets, or lines on the body's bar, go.
    else if (o.nWords <= STANDFIRST_MIN_WORDS ? o.score >= ZONE_SCORE : o.score >= BODY_SCORE) o.reason = 'chrome:ui';
  }
  // Link lists after their header, anywhere after the title.
  removeLinkLists(infos, titleIndex + 1);
  removePointerLinks(infos, titleIndex + 1);
  // Tail zone: stray tokens, French reaction words, recurring lines (not signatures).
  for (let i = Math.max(last + 1, 0); i < infos.length; i++) {
    const o = infos[i]!;
    if (o.reason !== null || i === titleIndex || inHead(i)) continue;
    if (stray(o)) o.reason = 'chrome:stray';
    else if (REACTION_WORDS_FR.has(stripAccents(o.key))) o.reason = 'chrome:reactions';
    else if (!looksLikePersonName(o.line.text) && !isCredit(o.line.text) && recurring(evidence, o.key, false, o.nWords)) {
      o.reason = 'chrome:recurring';
    } else if (segmentInsert(evidence, o)) o.reason = 'chrome:insert';
    else if (o.score >= ZONE_SCORE) o.reason = 'chrome:ui';
  }
  smoothTail(infos, Math.max(last + 1, titleIndex + 1));
  if (last >= 0) {
    removeTailRuns(infos, Math.max(last + 1, titleIndex + 1));
    removeWidgetParts(infos, Math.max(last + 1, titleIndex + 1));
  }
  // Body: short unpunctuated inserts and long template sentences pasted in many unrelated articles
  // (a newsletter pitch between paragraphs). A "©" line between paragraphs credits a photo ("© AFP"),
  // not the site that publishes the article.
  const pastedSet = new Set(anchors.length > 0 ? pasted : []);
  const paragraphBetween = (a: number, b: number): boolean => {
    for (let j = a + 1; j < b; j++) if (infos[j]!.reason === null && isAnchor(infos[j]!)) return true;
    return false;
  };
  for (let i = first + 1; i < last; i++) {
    const o = infos[i]!;
    if (o.reason === null && (pastedSet.has(i) || midRecurring(evidence, o))) o.reason = 'chrome:recurring';
    // (An insert stands between the article's paragraphs: the line right under the title, before any
    // paragraph of it, is its headline or standfirst when the title taken was a bar above it. With no
    // title in the head, a first long line that is no sentence may be that bar.)
    else if (o.reason === null && paragraphBetween(titleIndex >= 0 ? titleIndex : endsSentence(infos[first]!.line.text) ? first - 1 : first, i) && segmentInsert(evidence, o)) o.reason = 'chrome:insert';
    else if (o.reason === null && o.score >= BODY_SCORE) o.reason = 'chrome:ui';
    else if (o.reason === 'chrome:copyright') o.reason = 'chrome:photo-credit';
  }
  // A site's box around its writer's name, below the title and the article's first paragraph (see
  // slotTemplate): a series' headlines ("Miss France : qui est Miss X, Y ?") share words around names too.
  for (let i = Math.max(titleIndex, first) + 1; first >= 0 && i < infos.length; i++) {
    const o = infos[i]!;
    if (o.reason === null && slotTemplate(evidence, o)) o.reason = 'chrome:recurring';
  }
  void inTail;

  const kept: Line[] = [];
  const removed: Removal[] = [];
  const template = new Set<Line>();
  for (const o of infos) {
    if (o.cut) removed.push(o.cut);
    if (o.reason) removed.push({ line: o.line, reason: o.reason });
    else {
      kept.push(o.line);
      if (recurring(evidence, o.key, false, o.nWords)) template.add(o.line);
    }
  }
  // A page whose only text lines are a sentence or two ("Sorry, we couldn't find that page.") may
  // still be all chrome: the share of chrome words decides (chromeOnlyReason).
  const anchorWords = anchors.reduce((n, i) => n + infos[i]!.nWords, 0);
  return { kept, removed, template, chromeOnly: anchorWords > CHROME_ONLY_MAX_TEXT_WORDS ? null : chromeOnlyReason(infos, template) };
}

/** Tail zone: a weakly scored line next to chrome belongs to it ("Les commentaires sont fermés." under a reaction widget). */
function smoothTail(infos: Info[], from: number): void {
  const chrome = (j: number): boolean => j >= 0 && j < infos.length && infos[j]!.reason?.startsWith('chrome:') === true;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = Math.max(from, 0); i < infos.length; i++) {
      const o = infos[i]!;
      if (o.reason === null && o.score >= NEIGHBOUR_SCORE && (chrome(i - 1) || chrome(i + 1))) o.reason = 'chrome:ui';
    }
  }
}

/** The rejection reason when a page without article text is made of site chrome (see CHROME_ONLY_MIN_LINES), else null. */
function chromeOnlyReason(infos: readonly Info[], template: ReadonlySet<Line>): string | null {
  let chromeLines = 0;
  let chromeWords = 0;
  let textWords = 0;
  const kinds = new Set<string>();
  for (const o of infos) {
    // Links to other articles weigh neither way: a brief above a long list of related headlines is an article.
    if (o.reason === 'chrome:related' || o.reason === 'chrome:see-also') continue;
    const chrome = o.reason !== null ? o.reason.startsWith('chrome:') : template.has(o.line) || o.score >= NOTICE_SCORE;
    if (!chrome) {
      textWords += o.nWords;
      continue;
    }
    chromeLines++;
    chromeWords += o.nWords;
    kinds.add((o.reason ?? 'chrome:recurring').slice('chrome:'.length));
  }
  if (chromeLines < CHROME_ONLY_MIN_LINES || chromeWords < CHROME_ONLY_MIN_SHARE * (chromeWords + textWords)) return null;
  return `only site chrome, no article text (${chromeLines} chrome lines: ${[...kinds].sort().join(', ')})`;
}
