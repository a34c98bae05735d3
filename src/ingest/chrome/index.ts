/**
 * Removes site chrome from one file's lines. Where a new kind of chrome goes:
 *  - a class of single lines recognisable on their own (a widget, a notice): classes.ts;
 *  - evidence across files (a site's template lines): template.ts;
 *  - link lists and widget runs (several lines together): lists.ts;
 *  - per-line analysis (key, word count, anchors): info.ts.
 * This module places them by zone (head before the title, body, tail after the last paragraph).
 */
import type { Line, Removal } from '../types.ts';
import { stripAccents } from '../text.ts';
import { isCredit, isSectionLabel, isTaglineBanner, looksLikePersonName, plausibleTitleWord, REACTION_WORDS_FR } from './classes.ts';
import { analyse, endsSentence, isAnchor, type Info } from './info.ts';
import { cutGluedLinks, removeLinkLists, removeTailRuns, removeWidgetParts } from './lists.ts';
import { midRecurring, RECUR_MAX_WORDS, recurring, type ChromeEvidence } from './template.ts';

export { buildChromeEvidence, type ChromeEvidence, type KeyStats } from './template.ts';

/** A stray token ("in", "RTEn"): one word, at most this many characters, in the head or tail zone. */
const STRAY_MAX_CHARS = 12;

/**
 * Removes site chrome from one file's lines: position-free rules (licence notices, share and
 * reaction widgets, see-also links, copyright, newsletter prompts, navigation, disclaimers),
 * head-zone rules before the title (site banners, section labels, stray tokens), tail-zone stray
 * tokens, and lines the corpus evidence shows recurring in many unrelated files (head and tail
 * zones only; never a long sentence; the title only on overwhelming evidence). Body subheadings
 * ("Voici ce que nous savons") between paragraphs are kept.
 */
export function removeChrome(lines: readonly Line[], evidence: ChromeEvidence): { kept: Line[]; removed: Removal[] } {
  const infos = cutGluedLinks(analyse(lines));
  // A long line pasted around many unrelated articles (a cookie notice) is not article text, unless
  // it is the file's only text (a programme's blurb under each episode's headline).
  const anchors: number[] = [];
  const pasted: number[] = [];
  for (let i = 0; i < infos.length; i++) {
    const o = infos[i]!;
    if (!isAnchor(o)) continue;
    (o.nWords <= RECUR_MAX_WORDS && recurring(evidence, o.key, false) ? pasted : anchors).push(i);
  }
  const body = anchors.length > 0 ? anchors : pasted;
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
    for (let j = i + 1; j < first; j++) if (infos[j]!.reason === null && infos[j]!.nWords >= 3) return true;
    return false;
  };

  // Head zone: banners, labels and stray tokens before the title; the title is the first line left.
  let titleIndex = -1;
  for (let i = 0; i < infos.length && inHead(i); i++) {
    const o = infos[i]!;
    if (o.reason !== null) continue;
    if (titleIndex < 0) {
      if (titleFollows(i)) {
        if (isTaglineBanner(o.line.text)) o.reason = 'chrome:banner';
        else if (isSectionLabel(o.key, o.nWords)) o.reason = 'chrome:navigation';
        else if (stray(o) && (!plausibleTitleWord(o.line.text) || headingFollows(i))) o.reason = 'chrome:stray';
        else if (REACTION_WORDS_FR.has(stripAccents(o.key))) o.reason = 'chrome:reactions';
        else if (o.nWords <= RECUR_MAX_WORDS && recurring(evidence, o.key, true)) o.reason = 'chrome:recurring';
      }
      if (o.reason === null) titleIndex = i;
      continue;
    }
    if (stray(o)) o.reason = 'chrome:stray';
    else if (isSectionLabel(o.key, o.nWords)) o.reason = 'chrome:navigation';
    else if (o.nWords <= RECUR_MAX_WORDS && recurring(evidence, o.key, false)) o.reason = 'chrome:recurring';
  }
  // Link lists after their header, anywhere after the title.
  removeLinkLists(infos, titleIndex + 1);
  // Tail zone: stray tokens, French reaction words, recurring lines (not signatures).
  for (let i = Math.max(last + 1, 0); i < infos.length; i++) {
    const o = infos[i]!;
    if (o.reason !== null || i === titleIndex || inHead(i)) continue;
    if (stray(o)) o.reason = 'chrome:stray';
    else if (REACTION_WORDS_FR.has(stripAccents(o.key))) o.reason = 'chrome:reactions';
    else if (o.nWords <= RECUR_MAX_WORDS && !looksLikePersonName(o.line.text) && !isCredit(o.line.text) && recurring(evidence, o.key, false)) {
      o.reason = 'chrome:recurring';
    }
  }
  if (last >= 0) {
    removeTailRuns(infos, Math.max(last + 1, titleIndex + 1));
    removeWidgetParts(infos, Math.max(last + 1, titleIndex + 1));
  }
  // Body: only short unpunctuated inserts pasted in many unrelated articles. A "©" line between
  // paragraphs credits a photo ("© AFP"), not the site that publishes the article.
  for (let i = first + 1; i < last; i++) {
    const o = infos[i]!;
    if (o.reason === null && midRecurring(evidence, o)) o.reason = 'chrome:recurring';
    else if (o.reason === 'chrome:copyright') o.reason = 'chrome:photo-credit';
  }
  void inTail;

  const kept: Line[] = [];
  const removed: Removal[] = [];
  for (const o of infos) {
    if (o.cut) removed.push(o.cut);
    if (o.reason) removed.push({ line: o.line, reason: o.reason });
    else kept.push(o.line);
  }
  return { kept, removed };
}
