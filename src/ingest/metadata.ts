/** Metadata lines (source credits, bylines, dates, URLs, signatures), title suffixes and cited outlets. */
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { TZDate } from '@date-fns/tz';
import type { Line, LineMetadata, Removal } from './types.ts';
import { CLOSING_BRACKET, foldTypography, memoByText, PICTURE_WORD, PLAIN_SEPARATOR_RUN, splitsAtMost, stripAccents, templateKeys, type TemplateMemo } from './text.ts';
import { lineFeatures } from './chrome/features.ts';
import { INCLUSIVE_ENDING, isPersonName, joinNames, MAX_NAME_CHARS, NEWSROOM_WORD, nameWithRole, personNames } from './names.ts';
import { CALENDAR_WORDS, creditNamesPiece, MAX_CREDIT_CHARS, NAME_ADJECTIVE_ENDING, nameShaped, outletNameShaped, parseRepublishCredit } from './attribution.ts';
import {
  canonicalOutletName,
  findOutlet,
  matchOutletAtStart,
  matchOutletName,
  ownOutletName,
  outletFromUrl,
  scanParagraphs,
  type StartMatch,
} from './outlets.ts';

/** Time zone of dates that name none: the corpus is French-language press, mostly read in France. */
const DEFAULT_ZONE = 'Europe/Paris';

/** Bylines and date lines are short: longer lines are prose that merely starts with "Par" or a date. */
const MAX_META_LINE_CHARS = 160;

/** Bylines and date lines sit among the first lines of a file (title, chapô, byline, date, …)… */
const HEAD_LINES = 6;
/** …or among its last lines (date, signature, source, URL). */
const TAIL_LINES = 5;
/**
 * A paragraph line: at least this many characters and ending a sentence, or ANCHOR_LONG_CHARS
 * characters whatever its end. Site chrome (menus, cookie buttons, related links) can push the byline
 * past the first HEAD_LINES lines, so the head also runs into the first paragraphs (bylines sit before
 * the body or after its lead) and the tail starts a few paragraphs before the end.
 */
const ANCHOR_MIN_CHARS = 70;
const ANCHOR_LONG_CHARS = 200;
/**
 * The head runs to the (EDGE_PARAGRAPHS+1)-th paragraph line and the tail from the
 * (EDGE_PARAGRAPHS+1)-th last: a notice or a list of long links may look like one paragraph.
 */
const EDGE_PARAGRAPHS = 2;

/** A closing signature is a short name line ("Lyès Menacer", "R. I./Agences"). */
const MAX_SIGNATURE_CHARS = MAX_NAME_CHARS;

/** A Source line's value longer than this is a sentence, not an outlet name. */
const MAX_SOURCE_NAME_WORDS = 8;

/** Title suffix descriptors after an outlet name ("RT Russie et ex-Union soviétique") stay short. */
const MAX_DESCRIPTOR_WORDS = 6;

// ——— Names: src/ingest/names.ts ———

export { isPersonName } from './names.ts';

// ——— Dates ———

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, mar: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, sep: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, decembre: 12, dec: 12,
  // English months: the other language of the sites Kiosque reads (and of translated pages).
  january: 1, february: 2, feb: 2, march: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, october: 10, november: 11, december: 12,
  // The months of the languages a French-language site's neighbours and partners write (a closed class):
  // a bilingual page may give its date in theirs ("12 de marzo de 2021", "12. März 2021", "12 martie 2021").
  ...monthNames(1, 'enero gennaio janeiro januar janner januari ianuarie'),
  ...monthNames(2, 'febrero febbraio fevereiro februar februari februarie'),
  ...monthNames(3, 'marzo marco marz maart martie'),
  ...monthNames(4, 'abril aprile aprilie'),
  ...monthNames(5, 'mayo maggio maio mei'),
  ...monthNames(6, 'junio giugno junho juni iunie'),
  ...monthNames(7, 'julio luglio julho juli iulie'),
  ...monthNames(8, 'agosto augustus'),
  ...monthNames(9, 'septiembre setiembre settembre setembro septembrie'),
  ...monthNames(10, 'octubre ottobre outubro oktober octombrie'),
  ...monthNames(11, 'noviembre novembro noiembrie'),
  ...monthNames(12, 'diciembre dicembre dezembro dezember decembrie'),
};

/** `{ name: month }` for the space-separated names of one month. */
function monthNames(month: number, names: string): Record<string, number> {
  return Object.fromEntries(names.split(' ').map((n) => [n, month]));
}

/** Years outside this range are not publication dates of this press (typos, ids). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** "publié le", "mis à jour le"… prefixes of date lines (input is lower case, accents stripped). */
const DATE_PREFIX =
  /^(?:(publie(?:e|s|es)?|mis(?:e)? en ligne|cree(?:e)?|paru(?:e)?|ecrit(?:e)?|redige(?:e)?|envoye(?:e)?|diffuse(?:e)?|poste(?:e)?|posted|published|first published|filed|dated|written|issued|sent|aired|date)|(mis(?:e)? a jour|mise a jour|maj|modifie(?:e)?|actualise(?:e)?|derniere mise a jour|last updated|updated?))(?![a-z])\s*(?:[:\-|·•]\s*)?(?:(?:le|on)(?:\s+|(?=[:\-|·•]))(?:[:\-|·•]\s*)?)?/;
const DATE_WEEKDAY =
  /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar(?=\.\s*\d)|mer|jeu|ven|sam|dim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?\s*,?\s*/;
// (The day may take a full stop, "12. März 2021", and the month "de" before and after it, "12 de marzo de 2021".)
const DATE_WORDS = /^(\d{1,2})(?:er|st|nd|rd|th|\.)?(?:\s+de\s+|\s+|-)([a-z]{3,10})\.?,?(?:\s+de\s+|\s+|-)(\d{4})/;
/**
 * A day, a month's name and a two-digit year, then a time or nothing ("Le 16 févr. 19 - 15:31"): the
 * year is only read so when the month is a name (a number after it could be a day otherwise) and a
 * clock or the line's end follows.
 */
const DATE_WORDS_SHORT_YEAR = /^(\d{1,2})(?:er)?\s+([a-z]{3,9})\.?\s+(\d{2})(?=\s*$|\s*[,\-–—|·•a]\s*\d{1,2}\s?[h:.]\s?\d{2})/;
/** English order: "May 22, 2019", "June 3rd 2019". */
const DATE_MONTH_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/;
/** "8:14 am", "4.05 p.m.": a twelve-hour clock after the time. */
const MERIDIEM = /^\s*([ap])\.?\s?m\.?(?![a-z])/;
const DATE_NUMERIC = /^(\d{1,2})[\/.\-·](\d{1,2})[\/.\-·](\d{4}|\d{2})(?!\d)/;
/** The month in Roman numerals between the day and the year ("18-II-2019", "3.XII.2018", "5 iv 2019"), lower case. */
const DATE_ROMAN_MONTH = /^(\d{1,2})([\/.\- ])(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\2(\d{4})(?!\d)/;
const ROMAN_MONTHS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };
/** Year first: "2019-01-11", "2019/01/11", "2019.01.11" (one separator throughout). */
const DATE_ISO = /^(\d{4})([-\/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
// A time after the date: "14h30", "à 14:30", "· 3:51", "— 15 h 21 min" (minutes may be spelt "min").
// The time may stand in brackets after the date ("27 janvier 2019 (19:41)").
// (Any one symbol or mark may stand between the day and the time, as a site decorates its date line: "12 févr 2019 ● 12:19", "3 mars ◆ 9h05".)
const TIME = /^(?:\s*(?:,|a|at|vers|t|\(|[\p{Pd}\p{Po}\p{So}\p{Sm}|])\s*|\s+|t)(\d{1,2})\s?(?:heures?|h|:|\.(?=\d{2}\s?[ap]\.?\s?m)|\.(?=\d{2}(?![\d.])))\s?(\d{2})?(?::(\d{2}))?(?:\.\d{1,6})?(?![\d])(?:\s?min\b|\s?uhr\b|(?<=\d{2})\s?(?:hrs?|h)\b)?(?:\s*\))?/u;
/**
 * A time in a clause of its own after the date: a separator, one to four cue words, "à"/"at", the
 * time ("10.12.2018 — mis en ligne à 14 h 05", "May 3, 2019 | posted at 4:12"). The separator and
 * the "à" keep it to the line's own clock, not a time named in a sentence (a comma is no such
 * separator: "3 mars 2019, le maire arrivera à 14 h 30" is a sentence).
 */
const TIME_AFTER_CUE = /^\s*[·•|\-–—]\s*(?:[a-z]{2,12}\s+){1,4}(?:a|at|vers)\s+(\d{1,2})\s?(?:h|:)\s?(\d{2})(?![\d])(?:\s?min\b)?/;
/** One or two words in brackets right after a date, lower case: an agency ("(afp)", "(belga)", "(afp/nxp)"). */
const AGENCY_AFTER_DATE = /^\s*\([a-z]{2,12}(?:[/\- ][a-z]{2,12})?\)/;
/**
 * A clock after one or two short words of any language between the date and it ("a las 10:05", "um
 * 10:05 Uhr", "alle ore 10:05", "às 10h05", "dès 10 h 05", "kl. 13.07"): hours and minutes both, so that a number
 * after a date in a sentence is not read as its time (no comma before: "3 mars 2019, le maire…" is a
 * sentence).
 */
const TIME_AFTER_WORDS = /^\s+(?:[a-z]{1,5}\.?\s+){1,2}(\d{1,2})\s?(?:h|:|\.(?=\d{2}(?![\d.])))\s?(\d{2})(?![\d])(?:\s?(?:min|uhr)\b)?/;
// An offset after the time, maybe with the place it is the time of: "+01:00", "(UTC+1)", "(Paris, UTC+1)".
// (An abbreviation of the zone may come before the offset in brackets: "11:28 NPT (UTC+5:45)".)
const ZONE_OFFSET = /^\s*(?:[a-z]{2,5}\s+(?=\((?:utc|gmt)))?\(?(?:[a-z][a-z' \-]{1,30},\s*)?(?:utc|gmt)?\s?([+-])(\d{1,2})(?::?(\d{2}))?\)?/;
const ZONE_NAMED: readonly [RegExp, string][] = [
  // ("TU", temps universel, is French for UTC: "25.02.2019 à 08:54 TU".)
  [/^\s*\(?(?:utc|gmt|z|tu)\)?(?![a-z])/, 'UTC'],
  [/^\s*\(?(?:heure de paris|heure francaise|heure belge|heure suisse|cet|cest|hec)\)?/, DEFAULT_ZONE],
  [/^\s*\(?(?:hne|hae|heure de l'est|heure de montreal|heure du quebec|heure de quebec|est|edt)\)?(?![a-z])/, 'America/Toronto'],
  [/^\s*\(?(?:heure d'alger|heure algerienne)\)?/, 'Africa/Algiers'],
  // The United States' zones by their two letters, summer time or not ("2:05 p.m. ET").
  [/^\s*\(?et\)?(?![a-z])/, 'America/New_York'],
  [/^\s*\(?ct\)?(?![a-z])/, 'America/Chicago'],
  [/^\s*\(?mt\)?(?![a-z])/, 'America/Denver'],
  [/^\s*\(?pt\)?(?![a-z])/, 'America/Los_Angeles'],
];
/**
 * A time then a zone of the United States or of English Canada, in English, after a numeric date,
 * lower case ("… at 2:44 a.m. pt", "… 14:05 est"): the clocks of pages that write the month first.
 * (Canadian French pages, "HNE", write the day first.)
 */
const NORTH_AMERICAN_CLOCK = /\d{1,2}\s?[:.]\s?\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*\(?(?:et|ct|mt|pt|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst)\)?(?![a-z])/;

/**
 * The standard abbreviations of time zones, each a fixed offset (the abbreviation says whether summer
 * time applies): North American zones in English and in Canadian French (HNx "heure normale", HAx
 * "heure avancée"), Europe, Africa, the Gulf, Asia and Oceania. An abbreviation two regions share
 * with different offsets (IST, CST in China) is read as the one news in these languages mostly means.
 */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  wet: '+00:00', west: '+01:00', bst: '+01:00', eet: '+02:00', eest: '+03:00', msk: '+03:00',
  wat: '+01:00', cat: '+02:00', eat: '+03:00', sast: '+02:00', gst: '+04:00', pkt: '+05:00', ict: '+07:00',
  sgt: '+08:00', hkt: '+08:00', awst: '+08:00', jst: '+09:00', kst: '+09:00', acst: '+09:30', acdt: '+10:30',
  aest: '+10:00', aedt: '+11:00', nzst: '+12:00', nzdt: '+13:00', hst: '-10:00', akst: '-09:00', akdt: '-08:00',
  pst: '-08:00', pdt: '-07:00', mst: '-07:00', mdt: '-06:00', cst: '-06:00', cdt: '-05:00', ast: '-04:00', adt: '-03:00',
  nst: '-03:30', ndt: '-02:30', hnp: '-08:00', hap: '-07:00', hnr: '-07:00', har: '-06:00', hnc: '-06:00', hac: '-05:00',
  hna: '-04:00', haa: '-03:00', hnt: '-03:30', hat: '-02:30',
};
const ZONE_ABBREVIATION = new RegExp(`^\\s*\\(?(${Object.keys(ZONE_ABBREVIATIONS).join('|')})\\)?(?![a-z])`);

/**
 * Parses a French date (and optional time and zone) at the start of a lower-case, accent-free
 * string. Returns the ISO-8601 instant with offset, or null. Never guesses a missing year.
 */
function parseDateAt(s: string): { iso: string; rest: string; timed: boolean } | null {
  let rest = s.replace(DATE_WEEKDAY, '');
  let y: number, mo: number, d: number;
  let m = DATE_ISO.exec(rest);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
  } else if ((m = DATE_NUMERIC.exec(rest))) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3]!.length === 2) y += 2000;
    // A clock of the United States or English Canada writes the month first ("12/04/2018 at 2:44 a.m.
    // PT" is 4 December): read so unless the first figure cannot be a month.
    if (NORTH_AMERICAN_CLOCK.test(rest.slice(m[0].length)) && d <= 12) [d, mo] = [mo, d];
  } else if ((m = DATE_ROMAN_MONTH.exec(rest))) {
    [d, mo, y] = [Number(m[1]), ROMAN_MONTHS[m[3]!]!, Number(m[4])];
  } else if ((m = DATE_WORDS.exec(rest))) {
    const month = MONTHS[m[2]!];
    if (!month) return null;
    [d, mo, y] = [Number(m[1]), month, Number(m[3])];
  } else if ((m = DATE_MONTH_FIRST.exec(rest))) {
    const month = MONTHS[m[1]!];
    if (!month) return null;
    [d, mo, y] = [Number(m[2]), month, Number(m[3])];
  } else if ((m = DATE_WORDS_SHORT_YEAR.exec(rest))) {
    const month = MONTHS[m[2]!];
    if (!month) return null;
    [d, mo, y] = [Number(m[1]), month, 2000 + Number(m[3])];
  } else return null;
  rest = rest.slice(m[0].length);
  // A wire's dateline names its agency in brackets after the date ("PARIS, 14 mars 2019 (AFP) – 21:19").
  rest = rest.replace(AGENCY_AFTER_DATE, '');
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  let hh = 0, mm = 0, ss = 0;
  const t = TIME.exec(rest) ?? TIME_AFTER_CUE.exec(rest) ?? TIME_AFTER_WORDS.exec(rest);
  if (t && Number(t[1]) <= 23 && Number(t[2] ?? 0) <= 59) {
    [hh, mm, ss] = [Number(t[1]), Number(t[2] ?? 0), Number(t[3] ?? 0)];
    rest = rest.slice(t[0].length);
    const ap = MERIDIEM.exec(rest);
    if (ap && hh >= 1 && hh <= 12) {
      hh = (hh % 12) + (ap[1] === 'p' ? 12 : 0);
      rest = rest.slice(ap[0].length);
    }
  }
  let zone = DEFAULT_ZONE;
  // A zone the line named by its city (see CITY_CLOCK).
  const named = /^\s*tz:([a-z_\/+\-0-9:]+)/.exec(rest);
  if (named) {
    // (A day alone stays the day in Paris, as every day-only date.)
    if (t) zone = named[1]!;
    rest = rest.slice(named[0].length);
  }
  const off = named ? null : ZONE_OFFSET.exec(rest);
  if (off && t) {
    zone = `${off[1]}${off[2]!.padStart(2, '0')}:${off[3] ?? '00'}`;
    rest = rest.slice(off[0].length);
  } else if (off && /[(]|gmt|utc/.test(off[0])) {
    // A zone given after a day alone ("5 mars 2019 (GMT+1)"): the day stays the day.
    rest = rest.slice(off[0].length);
  } else if (!named) {
    for (const [re, z] of ZONE_NAMED) {
      const zm = re.exec(rest);
      if (zm) {
        zone = z;
        rest = rest.slice(zm[0].length);
        break;
      }
    }
    const abbr = zone === DEFAULT_ZONE && t ? ZONE_ABBREVIATION.exec(rest) : null;
    if (abbr) {
      zone = ZONE_ABBREVIATIONS[abbr[1]!]!;
      rest = rest.slice(abbr[0].length);
    }
    // A zone written out in words ("Hawaii-Aleutian Standard Time", "heure normale de l'Inde"): the
    // runtime's own names of its zones, in English and in French, give its offset.
    const spelled = zone === DEFAULT_ZONE && t ? SPELLED_ZONE.exec(rest) : null;
    const offset = spelled ? spelledZoneOffset(spelled[1]!.trim()) : null;
    if (offset !== null) {
      zone = offset;
      rest = rest.slice(spelled![0].length);
    }
  }
  // The wall-clock time in its zone (a day past the month's end, "30 février", rolls over: refused).
  const date = new TZDate(y, mo - 1, d, hh, mm, ss, zone);
  if (!isValid(date) || date.getDate() !== d || date.getMonth() !== mo - 1) return null;
  // formatISO writes UTC as "Z"; keep one explicit-offset form for every date.
  return { iso: formatISO(date).replace(/Z$/, '+00:00'), rest, timed: t !== null };
}

/** Lower case, accents stripped, typography folded, spaces collapsed: the form date patterns read. */
function dateKey(text: string): string {
  // (Brackets padded with spaces, "( GMT )", read as plain ones.)
  return stripAccents(foldTypography(text)).toLowerCase().replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
}

/** The place of a dateline before its date, lower-cased and accent-free: one to three words and a comma or a spaced dash. */
const DATELINE_PLACE = /^[a-z][a-z'\-]*(?: [a-z][a-z'\-]*){0,2}(?: \([a-z][a-z' \-]{1,30}\))?(?:,| [-\u2013\u2014|]) [\[(]?(?=(?:le )?(?:[a-z]{5,8} )?\d|[a-z]{3,9}\.? \d)/;

/** A zone's name written out ("… time", "heure …") and its abbreviation in brackets after it, at the line's end. */
const SPELLED_ZONE_THEN_ABBREVIATION = /((?:\stime|\sheure(?:\s[a-z'\-]+){1,5}))\s*\(\s*[a-z]{2,5}\s*\)\s*$/u;

/** A cue, a clock time (12- or 24-hour, "14 h 05" too, maybe a zone's abbreviation) and the date after it (a weekday and a comma may open it), lower case. */
const LEADING_TIME = /^((?:published|posted|updated|filed|dated|issued|sent|written|publie(?:e)?|ecrit(?:e)?|redige(?:e)?|envoye(?:e)?|mis en ligne|mis a jour)?\s*)(?:le\s+|on\s+|at\s+|a\s+)?(\d{1,2}\s?[:h.]\s?\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:(?!(?:le|la|on|at|de|du|the)\b)[a-z]{2,5}\b)?)\s*[,·|\-\u2013\u2014]?\s*(?:le\s+|on\s+)?((?:[a-z]{3,9}\.?,?\s+)?\d{1,2}(?:st|nd|rd|th|er)?\b.*|(?:[a-z]{3,9},?\s+)?[a-z]{3,9}\.?\s+\d{1,2}.*)$/;

/** A label of one or two words (maybe joined by de/of) before a date, lower case and accent-free ("edition du", "publication :", "date de publication :", "date of issue:"). */
const DATE_LABEL = /^[a-z]{3,14}(?: (?:de |d |of )?(?:l'|la |le |the )?[a-z]{3,14})?(?: (?:du|of)| ?:) /;

/** An update on the same day, a time only, lower case ("…, mis a jour a 12:40", "· updated 3:15 pm"). */
const SAME_DAY_UPDATE = /[\s,·|\-–—(]*(?:mis(?:e)? a jour|modifie(?:e)?|actualise(?:e)?|updated|last updated)\s*(?:a|at|:)?\s*\d{1,2}\s*[:h.]\s*\d{2}(?:\s*[ap]\.?\s?m\.?)?\)?\s*$/u;
/**
 * A second time in brackets at the end, after at most one short word, lower case: an update on the
 * same day whatever the site abbreviates it to ("(maj 13:09)", "(modif. 13h09)", "(upd 1:09 pm)").
 * Only a word and a time: a bracket holding a date or a sentence is not dropped.
 */
const BRACKETED_TIME = /\s*\(\s*[a-z]{1,10}\.?\s*:?\s*\d{1,2}\s*[:h.]\s*\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*\)\s*$/u;

/**
 * A time zone named in brackets after the time, lower case ("(brussels time)", "(heure de paris)"),
 * dropped; never one that gives its offset ("(gmt+4)", "(utc -05:00)") or is a zone's abbreviation alone
 * ("(gmt)", "(utc)"): those are read (ZONE_OFFSET, ZONE_NAMED).
 */
const ZONE_LABEL = /\s*\((?![^)]*[+-]\s?\d)(?!\s*(?:gmt|utc|cet|cest|bst)\s*\))(?:[a-z.+\-0-9 ]{0,20} )?(?:time|heure|gmt|utc|cet|cest|bst)(?:[a-z.+\-0-9 ]{0,20})?\)\s*$/u;
/** A city's clock, lower case and accent-free ("heure de noumea", "heure locale d'abidjan", "dakar time"): the city in group 1 or 2. */
const CLOCK_OF_CITY = "(?:heure (?:locale )?(?:de |d'|du |des )([a-z][a-z' -]{1,30}?)|([a-z][a-z' -]{1,30}?) (?:local )?time)";
/** A city's clock in brackets closing the line: "(heure de noumea)", "(dakar time)". */
const CITY_CLOCK = new RegExp(`\\s*\\(${CLOCK_OF_CITY}\\)\\s*$`, 'u');
/** The same at the end of the line after its clock, without brackets (its meridiem first, group 1): "à 23 h 30, heure de papeete", "10:05 am london time". */
const CITY_CLOCK_BARE = new RegExp(`(?<=\\d)(\\s?[ap]\\.?\\s?m\\.?)?,?\\s+${CLOCK_OF_CITY}\\s*$`, 'u');
/** A city's clock, then an offset in brackets closing the line: the label goes, the offset is read. */
const CITY_CLOCK_BEFORE_OFFSET = new RegExp(`,?\\s+${CLOCK_OF_CITY}(?=\\s*\\((?:utc|gmt)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?\\)\\s*$)`, 'u');
/** Four figures of a clock (hours 00–23, minutes) before a zone's name, lower case: "1545 gmt", "0905 utc". */
// (Not a year after its day and month: "15 mars 2019 gmt".)
const MILITARY_CLOCK = /(^|\s)(?<!\d{1,2}[\s./-]+(?:[a-z]{3,9}\.?|\d{1,2})[\s./-]+)([01]\d|2[0-3])([0-5]\d)\s?(gmt|utc|z)(?![a-z])/u;
/** A zone's name written out after a clock, lower case and accent-free: English "… time", French "heure …", maybe in brackets, closing the line. */
const SPELLED_ZONE = /^[\s,]*\(?((?:[a-z][a-z.'\-]*\s){1,4}time|heure\s(?:[a-z'\-]+\s?){1,6})\)?\s*$/u;

/** The runtime's long names of its time zones (English and French, winter and summer), folded, each with the offset it names; built once, when a line first needs it. */
let spelledZones: Map<string, string> | null = null;
/** The offset ("-10:00") a zone's written-out name stands for, from the runtime's own names of its zones; null when unknown. */
function spelledZoneOffset(name: string): string | null {
  if (spelledZones === null) {
    spelledZones = new Map();
    const days = [new Date(Date.UTC(2019, 0, 15, 12)), new Date(Date.UTC(2019, 6, 15, 12))];
    for (const timeZone of Intl.supportedValuesOf('timeZone')) {
      for (const locale of ['en-US', 'fr-FR']) {
        const long = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' });
        const offsets = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
        for (const day of days) {
          const label = long.formatToParts(day).find((p) => p.type === 'timeZoneName')?.value;
          const gmt = offsets.formatToParts(day).find((p) => p.type === 'timeZoneName')?.value;
          // (Names that are only an offset, "GMT+05:45", are read by ZONE_OFFSET.)
          if (label === undefined || gmt === undefined || /^(?:gmt|utc)/iu.test(label)) continue;
          const key = dateKey(label);
          if (!spelledZones.has(key)) spelledZones.set(key, gmt === 'GMT' ? '+00:00' : gmt.slice(3));
        }
      }
    }
  }
  return spelledZones.get(name) ?? null;
}

/** Regions of the time-zone database's names, to try a city it keeps only as an alias ("America/Montreal"). */
const ZONE_AREAS = ['Europe', 'Africa', 'America', 'Asia', 'Pacific', 'Indian', 'Atlantic', 'Australia'];

/** The runtime's time zones by their city, folded ("noumea" → "Pacific/Noumea"), built once. */
let cityZones: Map<string, string | null> | null = null;
/**
 * The time zone of a city the time-zone database names ("Nouméa", "Dakar", "Phnom Penh"): a page that
 * shows its own clock by its city's name gives the instant, in any language, with no list of ours.
 */
function cityZone(city: string): string | null {
  const zones = (cityZones ??= new Map<string, string | null>(Intl.supportedValuesOf('timeZone').map((zone) => [zoneKey(zone.slice(zone.lastIndexOf('/') + 1)), zone] as const).reverse()));
  // "la réunion" is Réunion, "Port-au-Prince" is port au prince either way.
  const key = zoneKey(city.replace(/^(?:la|le|les|l')\s*/u, ''));
  if (zones.has(key)) return zones.get(key) ?? null;
  // A city the database keeps as an alias of another zone ("Montreal", "Kyiv" or "Kiev", "Saigon"),
  // tried under each region; remembered either way.
  let found: string | null = null;
  const id = key.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('_');
  for (const area of id.length > 2 ? ZONE_AREAS : []) {
    try {
      found = new Intl.DateTimeFormat('en', { timeZone: `${area}/${id}` }).resolvedOptions().timeZone;
      break;
    } catch {
      // not a zone of this region
    }
  }
  zones.set(key, found);
  return found;
}

/** A zone's city or a written city as one key: lower case, words split on spaces, dashes, apostrophes and underscores. */
function zoneKey(name: string): string {
  return name.toLowerCase().replace(/[-'_\s]+/g, ' ').trim();
}

/** A relative age, lower case and accent-free ("mis a jour il y a 8 heures", "il y a 3 h", "3 hours ago"). */
const RELATIVE_AGE = /(?:,\s*)?(?:(?:mis(?:e)? a jour|mis(?:e)? en ligne|publie(?:e)?|modifie(?:e)?|updated|posted|published)\s+)?(?:il y a\s+\d+\s*(?:min\w*|h\w*|j\w*|sem\w*|mois)|\d+\s*(?:minutes?|mins?|hours?|hrs?|h|days?|weeks?)\s+ago)\b/g;
/** A relative age in running text, any case ("il y a 6 jours", "2 days ago"). */
const RELATIVE_AGE_TEXT = /\b(?:il y a\s+\d+\s*(?:min\p{L}*|h\p{L}*|j\p{L}*|sem\p{L}*|mois)|\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)\b/giu;
/** A short header label after a date ("Dépêche n° 20181229-706", "Édition du soir"): at most six words. */
const TRAILING_LABEL = /^[\s\-|·•]*\S+(?:\s+\S+){0,5}$/u;

/** Separator and filler left around a date on a date line. */
const DATE_FILLER = /^[\s,|\-–—:.()\[\]]*$/;

/**
 * Reads a date line ("Publié le 5 janvier 2019 à 14h30", "23.10.2022, 13:27", "lundi 7 janvier 2019",
 * "Mis à jour le …"). `published` is set unless the line only gives an update date.
 */
export function parseDateLine(text: string): DateLineReading | null {
  return DATE_LINES(text);
}

/** parseDateLine's readings by text (memoByText): a line is read as a date by several rules. */
const DATE_LINES = memoByText(readDateLineOrHalves);

function readDateLineOrHalves(text: string): DateLineReading | null {
  const whole = readDateLine(text);
  if (whole !== null || !text.includes(' / ')) return whole;
  // "Embannet d'an 11 a viz C'hwevrer 2019 / Publié le 11 février 2019, 14h33", "Publicado el 3 de
  // marzo / Published March 3, 2021": one date in two languages side by side, one of which reads. Both
  // halves read must agree on the day (two dates are a publication and an update, read elsewhere).
  const halves = text.split(' / ').map(readDateLine).filter((r): r is DateLineReading => r !== null && r.published !== null);
  if (halves.length === 0 || halves.some((h) => h.published!.slice(0, 10) !== halves[0]!.published!.slice(0, 10))) return null;
  return halves.find((h) => !h.published!.endsWith('T00:00:00' + h.published!.slice(19))) ?? halves[0]!;
}

/** What a date line says (see parseDateLine). */
type DateLineReading = { published: string | null; updated: string | null; author: string | null; cued?: boolean; labelled?: boolean };

/** parseDateLine on a line read whole. */
function readDateLine(text: string): DateLineReading | null {
  if (text.length > MAX_META_LINE_CHARS) return null;
  // A relative age beside the date ("mis à jour il y a 8 heures", "Il y a 3 h ·", "3 hours ago") says
  // nothing the date does not: it is read as filler.
  let s = dateKey(text).replace(/\s@\s/gu, ' ').replace(SAME_DAY_UPDATE, '').replace(BRACKETED_TIME, '').replace(RELATIVE_AGE, ' ').replace(/^[\s,·•|\-]+/u, '');
  // A city's clock in brackets becomes its zone ("(heure de Nouméa)" → Pacific/Noumea); other zone labels go.
  const clock = (_label: string, fr: string | undefined, en: string | undefined): string => {
    // (A city the database does not know leaves the clock unnamed, read as Paris's as before.)
    const zone = cityZone((fr ?? en)!);
    // ("Hawaii-Aleutian Standard Time": no city, a zone's name written out, its offset.)
    const written = _label.replace(/^[\s,(]*(?:[ap]\.?\s?m\.?)?[\s,]*/u, '').replace(/[)\s]+$/u, '');
    const spelled = zone === null ? (en !== undefined ? spelledZoneOffset(`${en} time`) : null) ?? spelledZoneOffset(written) : null;
    return zone !== null ? ` tz:${zone.toLowerCase()}` : spelled !== null ? ` tz:${spelled}` : '';
  };
  // A zone written out, then its abbreviation in brackets ("14:42 Newfoundland Standard Time (NST)",
  // "heure normale de Terre-Neuve (HNT)"): the words say the zone, the abbreviation repeats it.
  s = s.replace(SPELLED_ZONE_THEN_ABBREVIATION, '$1');
  // A wire's clock of four figures before its zone ("Filed 1545 GMT 16 JAN 2019"): hours and minutes.
  s = s.replace(MILITARY_CLOCK, '$1$2:$3 $4');
  // A city's clock named beside the offset it gives ("17:47, heure de Bucarest (UTC+2)"): the offset says it.
  s = s.replace(CITY_CLOCK_BEFORE_OFFSET, '');
  s = s.replace(CITY_CLOCK, clock).replace(CITY_CLOCK_BARE, (label: string, meridiem: string | undefined, fr: string | undefined, en: string | undefined) => `${meridiem ?? ''}${clock(label, fr, en)}`);
  s = s.replace(ZONE_LABEL, '').replace(/\(\s*\)\s*$/u, '').replace(/[\s·•|,]+$/u, '').trim();
  // The whole date in brackets, maybe after a relative age ("il y a 5 jours (07/02/2019)", "3 days ago (Feb 7, 2019)").
  s = s.replace(/^\(([^()]+)\)$/u, '$1');
  // A clock time before the date ("Published 4:12 PM GMT, March 5, 2020"): read it after the date.
  s = s.replace(LEADING_TIME, (_m, cue: string, time: string, rest: string) => `${cue}${rest} ${time}`);
  let published: string | null = null;
  let updated: string | null = null;
  let author: string | null = null;
  let cued = false;
  let separatedLabel = false;
  const original = foldTypography(text).replace(/\s+/g, ' ').trim();
  // A labelled date: "Édition du 17 février 2019", "Publication : 2019-01-27", "Date of issue: May 3,
  // 2019": one or two words, then "du"/"of" or a colon, then a full date (a year: parseDateAt needs
  // one). Not "le": "Né le 3 mars 1950" says when someone was born, not when the page was published.
  // A cue word first ("Modifié : …" is an update) unless no date follows it ("Date de publication : …").
  // (The label is tried first: most date lines have none, and each parse costs a time-zone lookup.)
  const maybeLabel = DATE_LABEL.exec(s);
  const cue = maybeLabel && DATE_PREFIX.exec(s);
  const label = maybeLabel === null || (cue && parseDateAt(s.slice(cue[0].length))) ? null : maybeLabel;
  const labelled = label !== null && parseDateAt(s.slice(label[0].length)) !== null;
  if (labelled) {
    s = s.slice(label![0].length);
    cued = true;
  }
  let dashedPlace = false;
  for (let round = 0; round < 2 && s.length > 0; round++) {
    const p = DATE_PREFIX.exec(s);
    const isUpdate = p?.[2] !== undefined;
    if (p?.[1] !== undefined) cued = true;
    if (p) s = s.slice(p[0].length);
    else if (s.startsWith('le ') || s.startsWith('on ')) s = s.slice(3);
    else if (round === 0) {
      // A dateline: "Dakar, le 17 mai 2019", "GENÈVE, 3 mars 2019 -", "Lomé – 3 mars 2019": a place, a comma
      // or a spaced dash, the date.
      const place = DATELINE_PLACE.exec(s);
      if (place && /^\p{Lu}/u.test(original)) {
        s = s.slice(place[0].length).replace(/^le /, '');
        // A place then a dash is a dateline when the place is in capitals, as wires write it ("BAMAKO —
        // 4 mars 2019"), or a clock follows the date ("Nouakchott – 21/02/2019 à 13H45"); otherwise the
        // line may be a programme's episode title ("Punchline - 01/12/25").
        const written = original.slice(0, Math.max(0, original.search(/\s[-\u2013\u2014|]\s/u)));
        dashedPlace = !place[0].includes(',') && written !== written.toUpperCase();
      }
    }
    const d = parseDateAt(s);
    if (d && dashedPlace && !d.timed) return null;
    // A second date may follow the first ("…, mis à jour le …"); anything else ends the dates.
    if (!d && round > 0) break;
    if (!d) return null;
    const separated = /^\s*[·•|\-,]/u.test(d.rest);
    separatedLabel ||= /^\s+[·•|\-]\s/u.test(d.rest) && round === 0;
    // The same day written again in the other language after a slash or a dash ("20 décembre 2018 /
    // 20 December 2018", "Publié le 2 mai 2019 / Published May 2, 2019", "11 martie 2019 — 11 mars
    // 2019, 15:05"): a bilingual site's one date, whose clock either half may give. (Not an update:
    // a cue such as "mis à jour" makes the second date the update's.)
    const again = round === 0 ? /^\s*(?:\/|[—–|·•]|-(?=\s))\s*/u.exec(d.rest) : null;
    const second = again ? d.rest.slice(again[0].length) : '';
    const secondCue = again ? DATE_PREFIX.exec(second) : null;
    const twin = again && secondCue?.[2] === undefined ? parseDateAt(second.slice(secondCue?.[0].length ?? 0)) : null;
    if (twin && twin.iso.slice(0, 10) === d.iso.slice(0, 10)) {
      if (twin.timed && !d.timed) d.iso = twin.iso;
      d.rest = twin.rest;
    }
    if (isUpdate) updated ??= d.iso;
    else published ??= d.iso;
    // (The update may follow after a middle dot, a bullet, a dash or in brackets: "… · Mis à jour le …",
    // "… (actualisé le …)".)
    s = d.rest.replace(/^[\s,|\-–—·•:.\])]+/u, '').replace(round === 0 ? /^\(\s*(?=\p{L})/u : /$^/u, '');
    const by = /^(?:par|by)\s+/.exec(s);
    if (by) {
      // Recover the name with its capitals from the original line.
      const at = original.length - s.length + by[0].length;
      const names = personNames(original.slice(at).replace(/[\s.]+$/, ''));
      if (!names) return null;
      author = joinNames(names, original);
      s = '';
    } else if (s.length > 0 && round === 0 && separated) {
      // "February 16, 2019 · Harriet Lowell, Europe correspondent": a name (and role) after the date and a separator.
      const rest = original.slice(original.length - s.length).replace(/^[\s·•|\-–—,]+/u, '').replace(/[\s.]+$/, '');
      const name = nameWithRole(rest);
      if (name !== null && !findOutlet(rest)) {
        author = name;
        s = '';
      }
    }
  }
  // "29/12/2018 13:06 — Dépêche n° 20181229-706": after the date and a spaced separator, a short
  // label (no sentence, no second date) belongs to the header line.
  if (!DATE_FILLER.test(s) && !(separatedLabel && TRAILING_LABEL.test(s) && !/[.!?]$/u.test(s))) return null;
  if (!published && !updated) return null;
  return labelled ? { published, updated, author, cued, labelled } : { published, updated, author, cued };
}

// ——— Date templates: a site's own words before its dates, told by the folder ———

/** Where a full date starts in a lower-case, accent-free line (a weekday before it included). */
const DATE_START =
  /(?:\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?(?:\b\d{1,2}(?:er|st|nd|rd|th|\.)?(?:\s+de)?\s+[a-z]{3,10}\.?,?(?:\s+de)?\s+\d{4}|(?<![\d.\/\-])\d{1,2}[\/.\-]\d{1,2}[\/.\-](?:\d{4}|\d{2})(?![\d.\/\-])|\b\d{4}([-\/.])\d{1,2}\1\d{1,2}\b|\b[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})/;
/** Most words after the date in a date template ("… aux équipes", "… in Valletta"). */
const DATE_TAIL_MAX_WORDS = 4;
/** Most words before the date in a date template ("Revue de presse / Rassegna stampa –", "Envoyée aux adhérents le"). */
const DATE_LEAD_MAX_WORDS = 6;
/**
 * A date template needs this many different days after the same words: one page's words before a
 * date may be anything ("Né le …", "Concert du …"); the same words before three different days on
 * three pages are the way the site shows its dates (as three names make a byline template).
 */
export const DATE_TEMPLATE_MIN_DATES = 3;

/**
 * A short line split into the words before a full date and the date part ("posté le 11 décembre 2018
 * à 14 h 56 par X" → key "poste le", rest "11 décembre 2018 à 14 h 56 par X"), when the rest reads as a
 * date line by itself (parseDateLine) and gives a publication date. The key is lower case, accent-free,
 * its numbers written "#" ("N° 1183 —" and "N° 1185 —" are one template). Null otherwise.
 */
export function dateLead(text: string): { key: string; rest: string; published: string } | null {
  return DATE_LEADS(text);
}

/** dateLead's readings by text (memoByText): the folder's date templates and each file's analysis read the same head lines. */
const DATE_LEADS = memoByText(readDateLead);

function readDateLead(text: string): { key: string; rest: string; published: string } | null {
  if (text.length > MAX_META_LINE_CHARS) return null;
  const folded = foldTypography(text).trim().split(/\s+/);
  const key = dateKey(text);
  const m = DATE_START.exec(key);
  if (!m || m.index === 0) return null;
  const lead = key.slice(0, m.index).trim();
  const words = lead.match(/[a-z]+/g) ?? [];
  if (words.length === 0 || words.length > DATE_LEAD_MAX_WORDS || /[.!?;]$/.test(lead)) return null;
  // The same tokens in the line as written (dateKey keeps tokens: it folds case, accents and spaces).
  const leadTokens = lead.split(' ').length;
  if (folded.length <= leadTokens) return null;
  let rest = folded.slice(leadTokens).join(' ');
  let d = parseDateLine(rest);
  // The template may go on after the date ("Diffusée le 12 décembre 2018 aux équipes"): up to
  // DATE_TAIL_MAX_WORDS words without a number or a sentence's end, the same on every page.
  for (let k = 1; d?.published == null && k <= DATE_TAIL_MAX_WORDS && /^[^\d.!?]*$/u.test(rest.split(' ').slice(-k).join(' ')); k++) {
    const shorter = rest.split(' ').slice(0, -k).join(' ');
    d = parseDateLine(shorter);
    if (d?.published != null) rest = shorter;
  }
  if (d?.published == null) return null;
  return { key: lead.replace(/\d+/g, '#'), rest, published: d.published };
}

/**
 * Date templates of a folder, by evidence across files: the same words before DATE_TEMPLATE_MIN_DATES
 * different days or more, on a page's head lines ("Envoyée aux adhérents le …", "N° 1185 — jeudi …",
 * "En ligne depuis le …"). The words are the site's own, in any language; no cue list has them.
 * @param lines per file, the lines to look at (the head of each page)
 * @param memo each file's splits kept between builds (src/ingest/text.ts TemplateMemo)
 */
export function dateTemplates(lines: readonly (readonly string[])[], memo?: TemplateMemo): Set<string> {
  return templateKeys(lines, (text) => {
    // Cheap test first: a digit, a short line.
    const lead = text.length <= MAX_META_LINE_CHARS && /\d/.test(text) ? dateLead(text) : null;
    return lead && { key: lead.key, value: lead.published.slice(0, 10) };
  }, DATE_TEMPLATE_MIN_DATES, false, memo);
}

// ——— Line classifiers ———

/** A web address alone, maybe with a short note in brackets after it ("https://… (lien vers l’article d’origine)"). */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+(?:\s+\([^()]{1,60}\))?$/i;
/**
 * A URL after a short label, in any wording and language ("Lien permanent : https://…", "Permalink:
 * www…", "Source URL - https://…", "Archivé depuis https://…", "Zum Artikel / Vers l’article : …"):
 * words only (a slash may join two languages' labels, a bracket may qualify them: "Source (URL) :", "Lien (article d'origine) :"), no sentence, then maybe a separator (a colon, a dash, an arrow or another symbol: "chez l’éditeur ↗ https://…"), then the
 * address ending the line (a full stop after it ends a sentence instead). The label only names the link.
 */
const LABELLED_URL_LINE = /^\p{L}[\p{L}'’]*(?:(?: \/)? [\p{L}'’]+){0,10}(?: \([\p{L}'’ .-]{1,30}\))?(?:\s*(?:[:\-–—›»>]|[\p{Sm}\p{So}]{1,2}))?\s+((?:https?:\/\/|www\.)\S*[^\s.,;!?])$/u;
/** A bare domain line ("lesoir.be", "Journaldequebec.com"). */
/** An unlisted publication's name: an article, then two to six capitalised words (particles inside). */
// (Particles inside: "Le Devoir de l’Abitibi"; a French name may end on an adjective of place or
// kind in lower case: "Le Fil picard", "La Voix vendéenne".)
const PUBLICATION_NAME = new RegExp(
  `^(?:Le|La|Les|L['’]|The)\\s?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:(?:de|du|des|d['’]|la|le|l['’]|of|the)\\s*)*\\p{Lu}[\\p{L}'’\\-]*){0,5}(?:(?<=^(?:Le|La|Les|L['’]).*)\\s\\p{Ll}+${NAME_ADJECTIVE_ENDING})?$`,
  'u',
);
/** A pointer symbol opening a line ("→ Suite de l'article : https://…"). */
const POINTER = /^[^\p{L}\p{N}\s]{1,3}\s*/u;
/** A web address after a pointer symbol ("→ https://…", "» www.…", "🔗 https://…"). */
const POINTED_URL_LINE = /^[^\p{L}\p{N}\s]{1,3}\s*((?:https?:\/\/|www\.)\S+)$/u;
const BARE_DOMAIN = /^[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z0-9-]{2,30}){0,2}\.[a-z]{2,6}\/?$/i;
const BARE_DOMAIN_MAX_CHARS = 80;
// A label word may come first ("Info source → X", "Article source : X"), never a picture's ("Photo source : X")
// nor an origin's ("Original source: X" credits the original publisher: parseRepublishCredit).
// The separator may be an arrow ("→", "->", "=>", "»"); "(Source X)" closes its bracket after the name.
/** A Source line opening on a label word of its own ("Info source …", "Article source …"). */
const LABELLED_SOURCE = /^[(\[]?(?!(?:cr[ée]dits?|credit)\s)\p{L}{3,12}\s+sources?/iu;
/**
 * "Source primaire : X", "Source publication: X": "source" (one, not "sources policières", which are
 * people), a word of the label's own, a colon, and a value written as a name (capital or figure first:
 * "Source policière : trois blessés" is news).
 */
// (No i flag: with it \p{Lu} would take lower case too.)
const SOURCE_QUALIFIED = new RegExp(String.raw`^[(\[]?(?:source|Source|SOURCE)\s+(?!de\b|du\b|des\b|of\b)\p{L}{3,14}(?:\s*:|\s${PLAIN_SEPARATOR_RUN})\s*(?=[\p{Lu}\p{N}«"“])`, 'u');
const SOURCE_LINE = new RegExp(String.raw`^[(\[]?(?:\p{L}{3,12}\s*\/\s*|cr[ée]dits?\s+|credit\s+|(?!(?:photos?|images?|vid[ée]os?|illustrations?|picture|original\p{L}*|origine)\s)\p{L}{3,12}\s+)?sources?(?:\(s\))?(?:\s+(?:de l['’]article|de cet article|de l['’]info(?:rmation)?|originale?|d['’]origine|of (?:the|this) (?:article|story)|original))?\s*(?:[)\]]\s*|:|[-–—]\s|→|->|=>|»|(?<=\s)${PLAIN_SEPARATOR_RUN}\s|(?<=^\(\s*sources?)\s(?=[^()]{2,80}\)\.?$))\s*`, 'iu');
/** A pointer to where the piece comes from, then a name: "Via X", "Credit: X", "Crédits : X", "Courtesy of X". */
// (A label may be set apart by a colon or a spaced bar, dot or dash: "Credit | X", "Crédit · X".)
const VIA_LINE = /^(?:via|cr[ée]dits?|credit|courtesy(?:\s+of)?|(?:lu|vu|paru|read|seen)\s+(?:dans|in|sur|on)|in|dans|from|droits|rights|d['’]apr[èe]s|selon|according to)\s*(?::|(?<=\s)[|·•–—-](?=\s))?\s+(\S.{1,80})$/iu;
/** Words of a picture's credit ("Crédit photo : AFP", "Credit: Reuters/Image"): an agency that took the picture, not the publisher. */
const WITH_AGENCY_LINE = /^\(?avec\s+(?:l'|l’)?([\p{L}\s.\-]{2,40}?)\)?\.?$/iu;
/** Nouns of a piece of journalism that may lead a byline ("Reportage de", "A report by"), lower case. */
const PIECE_NOUN = String.raw`(?:article|chronique|analyse|reportage|enqu[êe]te|entretien|interview|tribune|billet|[ée]ditorial|texte|text|words|reporting|story|report|column|feature|piece|photos?|vid[ée]o)`;
/** Leads of a byline: "Par", "By", "Auteur :", "Texte :", "Rédigé par", "Écrit par", "Propos recueillis par"; a label may repeat itself in another language after a slash ("Auteur / Author :"). */
const BYLINE_START = new RegExp(
  String.raw`^(?:par|by|(?:(?:un|une|the|a|cet|cette|this)\s+)?${PIECE_NOUN}(?:\s+(?:and|et|&)\s+(?:${PIECE_NOUN}|pictures|images|illustrations|dessins))?(?:\s+\p{Ll}+)?\s+(?:de|par|by|from)|(?:[\p{L}'’]+\s+){0,4}?(?:r[ée]dig[ée]e?s?|[ée]crite?s?|sign[ée]e?s?|signed|publi[ée]e?s?|pr[ée]sent[ée]e?s?|anim[ée]e?s?|racont[ée]e?s?|post[ée]e?s?|written|posted|reported|reporting|filed|compiled|edited|presented|hosted|narrated)(?:(?:\s+(?:[àa]\s+l['’]origine|initialement|originellement|d['’]abord|originally|initially|first))?\s+(?:par|by|de)|(?:\s+[\p{Ll}'’]+){1,4}\s+(?:par|by))?|propos recueillis (?:par|de)|(?:de|d['’]une?|from)\s+(?:notre|nos|our|one of our)\s+[\p{L}'’\- ]{2,50}?,|(?:(?:original|originale|first)\s+)?(?:auteur(?:e|[·.•]e|\(e\))?s?|autrice|authors?|plume|pen|textes?(?: et photos?)?|words|signature|r[ée]daction|journaliste|reporter|reporting|r[ée]dact(?:eur|rice)(?:[·.•]rice)?s?|story(?=\s*:)|correspondant(?:e|[·.•]e)?|correspondent|reportage|enqu[êe]te|entretien|interview)(?:\s+[\p{Ll}'’]+){0,4}(?:\s*\/\s*[\p{L}'’]+(?:\s+[\p{L}'’]+){0,2})?\s*:)\s*:?\s+`,
  'iu',
);
/**
 * "De notre envoyé spécial ", "From our correspondent ", "Reportage de notre envoyée ", "A report by our
 * correspondent ": maybe a piece noun, a possessive, a role in lower-case words (case matters: the name
 * follows). Read on the line with its first letter in lower case, so the lead words need no capitals.
 */
const STAFF_LEAD = new RegExp(
  String.raw`^(?:(?:une?|the|a|this|cet|cette)\s+)?(?:${PIECE_NOUN}\s+)?(?:de|d['’]une?|from|by)\s+(?:notre|nos|our|one of our)\s+(?:\p{Ll}[\p{Ll}'’\-]*\s+){1,4}(?=\p{Lu})`,
  'u',
);
/** "… avec AFP", "… avec l'AFP", "… et Reuters", "… avec agences" at the end of a byline: the agency helped, it did not sign. */
const WITH_AGENCY_TAIL = /\s+(avec|et)\s+(?:l['’])?([\p{L}][\p{L}'’.\- ]{1,40})$/u;
/** Lines of chrome that may follow a signature at the end of a file (skipped when looking for it). */
const TRAILING_CHROME = /^(?:©|\(c\)|copyright|tous droits|reproduction|partag|cliquez|retrouvez|suivez|abonnez|lire aussi|\(\.\.\.\)|\.{3})/i;

/** Separators between title segments: a spaced separator (PLAIN_SEPARATOR_RUN, text.ts: " - ", " | ", " » ", " ― ", " >> "…, never a formula's "="), or a wide gap. */
const SEGMENT_SEPARATOR = new RegExp(`[\\s\\u00a0\\u202f]{1,3}${PLAIN_SEPARATOR_RUN}[\\s\\u00a0\\u202f]{1,3}|[ \\u00a0\\t]{3,}`, 'gu');

/** Splits "A – B | C" into segments and their separators. */
function segments(line: string): { parts: string[]; seps: string[] } {
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of line.matchAll(SEGMENT_SEPARATOR)) {
    parts.push(line.slice(last, m.index));
    seps.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(line.slice(last));
  return { parts, seps };
}

/** Cleans and canonicalises a "Source : X" value; null when it is not a name. */
function sourceName(value: string): { name: string | null; known: boolean; url: string | null; others: string[]; translated: boolean } {
  let v = value.trim();
  let url: string | null = null;
  const u = /(?:https?:\/\/|www\.)\S+/i.exec(v);
  if (u) {
    url = u[0];
    v = v.slice(0, u.index).replace(/[\s\-–—|:,(]+$/u, '');
  }
  const names = v.split(/\s*(?:[,;\/]|\set\s|\s[-–—|]\s)\s*/u).filter((p) => p.trim().length > 0);
  // "Le Soir (Belgique)", "The Voice of the North (France)": a parenthesised country or edition.
  const matches = names.map((n) => matchOutletName(n) ?? matchOutletName(n.replace(/\s*\([^()]{1,80}\)\s*$/u, '')));
  const known = matches.map((m) => m?.outlet.name ?? null);
  const first = known.find((k) => k !== null) ?? null;
  const others = known.filter((k): k is string => k !== null && k !== first);
  const translated = matches.find((m) => m !== null)?.translated ?? false;
  if (first) return { name: first, known: true, url, others, translated };
  // "Rade Info, texte intégral": an unlisted name, then a note about the copy.
  // "Le Temps présent (article original)": a note in brackets after the name is not part of it.
  const cleaned = (names.length > 1 && /^\p{Lu}/u.test(names[0]!) && !/^\p{Lu}/u.test(names[1]!.trim()) ? names[0]! : v).replace(/\s*\([^()]{1,80}\)?\s*$/u, '').trim();
  const words = cleaned.split(/\s+/).length;
  // "Source: La Gironde Matin.": a full stop after a name (not inside a sentence).
  const nameWords = cleaned.slice(0, -1).split(/\s+/);
  // (An article-led French name may end on an adjective in lower case: "La Presse arctique.")
  const articled = (nameWords.length > 2 && /^(?:Le|La|Les)$/u.test(nameWords[0]!)) || (nameWords.length > 1 && /^L['’]\p{Lu}/u.test(nameWords[0]!));
  if (articled && /^\p{Ll}+$/u.test(nameWords.at(-1)!)) nameWords.pop();
  const nameShaped = nameWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:de|du|des|d['’]\S*|la|le|les|l['’]\S*|of|the|and|et)$/u.test(w));
  const named = /^\p{Lu}[^.!?]*\.$/u.test(cleaned) && nameWords.length <= MAX_SOURCE_NAME_WORDS && nameShaped ? cleaned.slice(0, -1) : cleaned;
  if (!named || words > MAX_SOURCE_NAME_WORDS || /[.!?]$/.test(named)) return { name: null, known: false, url, others, translated: false };
  return { name: canonicalOutletName(named), known: false, url, others, translated: false };
}

/**
 * A name and a role in a newsroom ("…, bureau de Marseille", "…, correspondante à Rome", "…, staff
 * writer", "…, rédaction de X"): a signature even without a cue or a date. Other roles after a name
 * ("Emmanuel Macron, président de la République") make a headline or a caption, not a byline.
 */
const NEWSROOM_ROLE =
  /^[^,]{3,48},\s+((?:notre |our )?(?:bureau|r[ée]daction|r[ée]dacteur|r[ée]dactrice|correspondant\p{L}*|correspondent|envoy\p{L}*|journaliste|reporter|staff|desk|service|chef(?:fe)? d\p{L}* service|editor|chroniqueur|chroniqueuse|pigiste)\b[^,]{0,40})$/iu;

/** A newsroom role as its own part of a byline ("Journaliste", "bureau de Libourne", "Staff writer"), any case. */
const ROLE_PART = /^(?:notre |our )?(?:bureau|r[ée]daction|r[ée]dacteur|r[ée]dactrice|correspondant\p{L}*|correspondent|envoy\p{L}*|journaliste|reporter|staff|desk|editor|chroniqueu\p{L}*|pigiste)\b/iu;

/** A byline of the person or people `name` names, with `outlets`; null when it names no person, or names an outlet. */
function personByline(name: string, outlets: string[] = []): { author: string; outlets: string[]; published: null } | null {
  const person = personNames(name.trim());
  return person && !findOutlet(name) ? { author: joinNames(person, name), outlets, published: null } : null;
}

/** The hands of a piece other than its writer's: translation, editing, pictures, layout, proofreading. */
const OTHER_HANDS = /^(?:additional\s+)?(?:translat\p{L}*|tradu\p{L}*|edit\p{L}*|[ée]dit\p{L}*|photo\p{L}*|pictures?|illustr\p{L}*|graphi\p{L}*|infographi\p{L}*|mise en page|layout|relecture|relu|proofread\p{L}*|r[ée]vis\p{L}*|with|avec)\b/iu;

/** A name, then "pour"/"for" and whom the person wrote for, in a few words ("…, pour le site d'origine"). */
const WROTE_FOR = /^([^,]{3,48}?),?\s+(?:pour|for)\s+((?:\S+\s+){0,5}\S+)$/u;
/** A newsroom named by its kind after an article ("le site d'origine", "the original website", "notre rédaction"). */
const NEWSROOM_KIND = /^(?:le|la|l['’]|les|the|our|notre|nos|this|ce|cette)\s*(?:\p{L}+\s+)?(?:site|website|journal|r[ée]daction|quotidien|hebdomadaire|magazine|newspaper|paper|newsroom|agence|agency|radio|t[ée]l[ée]vision|cha[iî]ne)(?![\p{L}])/iu;

/** Longest role after a byline's name and a comma ("chief political correspondent in Brussels"). */
const MAX_ROLE_WORDS = 6;
/** Words that may follow a byline's name after a comma ("Par Jean Dupont, à Paris", "…, envoyé spécial"). */
const BYLINE_TAIL =
  /^(?:à|a|au|aux|en|envoy\p{L}*|correspondant\p{L}*|journaliste|avec|pour|auteur|auteure|autrice|responsable|rédact\p{L}*|chef|cheffe|directeur|directrice|publié|mis|le|la|les|photos?|vidéo|service|notre|nos|from|in)(?=[\s,.'’]|$)/iu;

/**
 * A collective signature: "la rédaction", "notre correspondant à Bruxelles", "nos envoyés spéciaux".
 * A byline, but no person to name as the author.
 */
const COLLECTIVE_SIGNER =
  /^(?:la |notre |nos |l['’])?(?:r[ée]daction|correspondante?s?|envoy[ée]e?s?(?: sp[ée]ciale?s?)?|journalistes?|reporters?|agences?|service \p{L}+|desk \p{L}+)(?:\s+(?:à|a|au|aux|en|de|du|des|d['’]|web)\b.{0,40})?$/iu;

/** Strips "avec AFP" / "et Reuters" (a known outlet or "agences") from the end of a byline's name part. */
function stripAgency(head: string): string {
  // "Par Inès Lamrani et l'équipe de Vosges Télé", "By Jane Roe and the newsroom": a collective after
  // the person (an article, a possessive: a team, not a second name) signs with them, it names nobody.
  const team = /\s+(?:et|and|avec|with)\s+(?:l['’]|la |le |les |the |nos |notre |our |toute )[^,]{2,60}$/iu.exec(head);
  if (team && personNames(head.slice(0, team.index)) !== null) return head.slice(0, team.index).trim();
  const m = WITH_AGENCY_TAIL.exec(head);
  if (!m) return head;
  const who = m[2]!.trim();
  const o = findOutlet(who);
  const agency = /^agences?$/iu.test(who) || (o !== null && (m[1] === 'avec' || o.wire === true));
  return agency ? head.slice(0, m.index).trim() : head;
}

/** A reading time ("7 min de lecture", "Lecture : 4 min", "5 min read", "3-minute read"). */
const READING_TIME = /^(?:\d{1,3}\s?(?:min(?:utes?)?|mn)\.?\s+(?:de\s+lecture|read|reading)|(?:temps de )?lecture\s*:?\s*\d{1,3}\s?(?:min(?:utes?)?|mn)\.?|\d{1,3}-minute read)$/iu;

/**
 * Reads a name-first byline, which needs a date to be told from a title or a sentence:
 * "Jean Dupont | Publié le 08/01/2019", "Marie Curie, le 3 février 2019 à 8 h 15".
 */
/** A clock time alone ("8 h 57", "14:05", "2.05pm", "7:51 PM"). */
const CLOCK_TIME = /^\d{1,2}\s*(?:h|:|\.)\s*\d{2}(?:\s*[ap]\.?\s?m\.?)?$/iu;

function parseNameFirst(text: string): { author: string | null; outlets: string[]; published: string | null } | null {
  const { parts } = segments(text);
  let first = parts[0]!.trim();
  let rest = parts.slice(1);
  if (rest.length === 0) {
    const comma = first.indexOf(',');
    if (comma < 0) return null;
    rest = [first.slice(comma + 1)];
    first = first.slice(0, comma).trim();
  }
  // "Timothée Lacombe, rédaction de Canal Vallée | samedi 1 décembre 2018": a name with its role.
  const names = personNames(first) ?? (nameWithRole(first) !== null ? [nameWithRole(first)!] : null);
  if (!names || findOutlet(first)) return null;
  // "Buenos Aires, mardi 19 février 2019": a city the time-zone database names is a dateline's place,
  // however much its two capitalised words look like a first name and a surname.
  // (The date is still read.)
  const place = names.length === 1 && cityZone(first) !== null;
  // "Published Thursday, January 10, 2019": a weekday or a month is the date's, not a person's name.
  if (first.split(/\s+/).some((w) => CALENDAR_WORDS.has(stripAccents(w.toLowerCase()).replace(/[^a-z]/g, '')))) return null;
  const outlets: string[] = [];
  let published: string | null = null;
  let dated = false;
  let timed = false;
  let dateText: string | null = null;
  for (const part of rest) {
    const p = part.trim();
    const d = parseDateLine(p);
    if (d) {
      if (published === null) dateText = p;
      published ??= d.published;
      dated = true;
      continue;
    }
    // "Corentin Kervella | 23 mars 2019 | 8 h 57": the clock time in a part of its own after the date.
    if (dateText !== null && CLOCK_TIME.test(p)) {
      published = parseDateLine(`${dateText} ${p}`)?.published ?? published;
      dateText = null;
      continue;
    }
    // "Nicolas Ruchonnet · 7 min de lecture": a reading time marks a byline as a date does, and so does a role.
    if (READING_TIME.test(p) || (ROLE_PART.test(p) && p.split(/\s+/).length <= MAX_ROLE_WORDS)) {
      timed = true;
      continue;
    }
    const o = findOutlet(p);
    if (o) {
      outlets.push(o.name);
      continue;
    }
    // "…, étudiante en master de journalisme il y a 6 jours (29/01/2019)", "· 7 min de lecture il y
    // a 2 jours (16/03/2019)": a role or a reading time, a relative age, the date in brackets.
    const bracketed = /^(.*?)\s*\(([^()]{6,40})\)$/u.exec(p);
    const d2 = bracketed ? parseDateLine(bracketed[2]!) : null;
    if (!bracketed || !d2) return null;
    const before = bracketed[1]!.replace(RELATIVE_AGE_TEXT, ' ').trim();
    if (before !== '' && !READING_TIME.test(before) && !(/^\p{Ll}/u.test(before) && before.split(/\s+/).length <= MAX_ROLE_WORDS && !/[.!?]$/u.test(before))) return null;
    published ??= d2.published;
    dated = true;
  }
  if (place) return dated ? { author: null, outlets, published } : null;
  return dated || timed ? { author: joinNames(names, text), outlets, published } : null;
}

/** A name, then a slash, a comma or brackets around who sent it ("Owen Pritchard / AFP", "Marie Durand (Belga)"). */
const WIRE_BYLINE = /^([^/,()]+?)\s*(\/|,|\()\s*([^/,()]+?)\s*\)?$/u;
/** An agency's code: two to six capitals, maybe two joined ("AFP", "ATS", "AFP/NXP"). */
const AGENCY_CODE = /^\p{Lu}{2,6}(?:[/-]\p{Lu}{2,6})?$/u;

/**
 * Reads a byline: "Par: Elena Shcherban | 23.10.2022, 13:27", "Par Jean Dupont et Marie Curie | Le Monde",
 * "Rédigé par Marie Curie le 3 février 2019", "Auteur : Marie Curie", "Jean Dupont | Publié le 08/01/2019".
 * An outlet that signs ("Par Le Figaro avec AFP") is a credit, not an author.
 */
export function parseByline(text: string): { author: string | null; outlets: string[]; published: string | null } | null {
  return BYLINES(text);
}

/** parseByline's readings by text (memoByText). */
const BYLINES = memoByText(readByline);

function readByline(text: string): { author: string | null; outlets: string[]; published: string | null } | null {
  if (text.length > MAX_META_LINE_CHARS) return null;
  // "✎ Jean Dupont", "🖊 Jane Smith": a pictogram standing for the authorship cue.
  // Not a copyright or trademark sign: "© D.R.", "© Jean Dupont" credit a picture's owner, not the text's author.
  const pictogram = /^(?![©®℗™])[\p{So}\p{Sk}\uFE0F\u200D]+\s*(?=\p{Lu})/u.exec(text);
  if (pictogram) {
    const names = personNames(text.slice(pictogram[0].length).trim());
    return names ? { author: joinNames(names, text), outlets: [], published: null } : null;
  }
  // "Reporting by X; Editing by Y", "Translated from French by Y; original reporting by X": credits of
  // several hands, one per part; the author is who wrote, not who translated, edited or took pictures.
  if (text.includes(';')) {
    for (const part of text.split(/\s*;\s*/u)) {
      if (part === '' || OTHER_HANDS.test(part)) continue;
      const b = parseByline(part);
      if (b !== null && b.author !== null) return b;
    }
    return null;
  }
  // "von / par Jean Dupont", "by / par Jane Smith": the cue in two languages, one word each side of a slash.
  const bilingual = /^\p{L}{2,6}\s*\/\s*(?=(?:par|by)\s)/iu.exec(text);
  if (bilingual) return parseByline(text.slice(bilingual[0].length));
  // "Skrivet gant / Écrit par Lukas Gerber", "Geschrieben von / Written by X": a cue of a few words in
  // another language before a slash, the byline after it reading on its own.
  const twin = /^(?:[\p{L}'’]{2,14}\s+){0,2}[\p{L}'’]{2,14}\s*\/\s*(?=\p{L})/u.exec(text);
  if (twin && text.length > twin[0].length) {
    const after = parseByline(text.slice(twin[0].length));
    if (after !== null && after.author !== null) return after;
  }
  // "De notre correspondant Jean Dupont", "From our correspondent Jane Smith": the staff role in lower
  // case, then the name (with a comma after the role, BYLINE_START reads it).
  const staff = STAFF_LEAD.exec(text.charAt(0).toLowerCase() + text.slice(1));
  if (staff) {
    let rest = text.slice(staff[0].length).trim();
    // "… envoyée spéciale à Kiev Paul Martin": the role's place, then the name.
    if (/\s(?:à|a|au|en|in|at)\s+$/u.test(staff[0])) rest = rest.replace(/^[\p{Lu}][\p{L}'’\-]*\s+/u, '');
    const names = personNames(rest);
    if (names) return { author: joinNames(names, text), outlets: [], published: null };
  }
  const start = BYLINE_START.exec(text);
  // A name-first byline needs a date, hence a digit, or a newsroom role ("Mathieu Scheuer, bureau de Marseille").
  if (!start) {
    if (/\d/.test(text)) return parseNameFirst(text);
    // "Thibault Orsini | Journaliste", "Élodie Marcadet — bureau de Libourne": a name and a newsroom role.
    const { parts: segs } = segments(text);
    // (Capitalised as a title, the role may open on a place or a rank: "Salma Bennani | Europe Correspondent".)
    // (Other hands may follow as parts of their own: "Jane Roe | West Penwith correspondent | Pictures: X".)
    const roleParts = segs.length >= 2 && segs.slice(2).every((p) => OTHER_HANDS.test(p.trim())) ? 2 : 0;
    const role = roleParts === 2 ? segs[1]!.trim().replace(INCLUSIVE_ENDING, '') : '';
    const withRole = roleParts === 2 && (ROLE_PART.test(role) || (/^\p{Lu}/u.test(role) && NEWSROOM_WORD.test(role))) && role.split(/\s+/).length <= MAX_ROLE_WORDS ? personByline(segs[0]!) : null;
    if (withRole) return withRole;
    // "Owen Pritchard / AFP", "Marie Durand (Belga)", "Jean Dupont, ATS": a person's name, then a news
    // agency the list knows or an agency's code in capitals: a wire byline without its cue. (A newspaper
    // there, "I. Amine/Le Parisien" under a reprinted interview, may be a signature or a picture's credit.)
    const wire = WIRE_BYLINE.exec(text);
    if (wire) {
      const outlet = findOutlet(wire[3]!);
      // (An unknown code only after a slash, the wires' own convention: "Marie Durand (PS)" is a party.)
      const agency = outlet !== null ? outlet.wire === true : wire[2] === '/' && AGENCY_CODE.test(wire[3]!.trim());
      const byAgency = agency ? personByline(wire[1]!, outlet ? [outlet.name] : []) : null;
      if (byAgency) return byAgency;
      // "Youssef El Amrani (Minett Info)", "Jane Roe (The Harbour Courier)": a person's name, then in
      // brackets the publication the person writes for, written as a name of two words or more (one
      // word may be a place, "(Lausanne)", or a party's code, "(PS)") and not a newsroom role.
      const inBrackets = wire[2] === '(' ? wire[3]!.trim() : '';
      const publication = inBrackets.split(/\s+/).length >= 2 && outletNameShaped(inBrackets) && !NEWSROOM_WORD.test(inBrackets);
      const forPublication = publication ? personByline(wire[1]!, [outlet?.name ?? inBrackets]) : null;
      if (forPublication) return forPublication;
    }
    // "Moussa Abdou, pour le site d'origine", "Jane Smith for The Guardian", "Anna Keller pour Le Temps": a
    // name, then who the person wrote for: a listed outlet, or a newsroom named by its kind.
    const wroteFor = WROTE_FOR.exec(foldTypography(text).trim());
    if (wroteFor) {
      // (The outlet written as a name: "pour une réforme" is a cause, not the weekly Réforme.)
      const outlet = /^(?:(?:le|la|les|l['’]|the)\s*)?\p{Lu}/u.test(wroteFor[2]!) ? findOutlet(wroteFor[2]!) : null;
      const forNewsroom = outlet !== null || NEWSROOM_KIND.test(wroteFor[2]!) ? personByline(wroteFor[1]!, outlet ? [outlet.name] : []) : null;
      if (forNewsroom) return forNewsroom;
    }
    // "Jane Roe and John Doe, Local Democracy Reporter", "Anna Keller, grand reporter": names, a comma, a
    // role with a newsroom word anywhere in it (capitalised as a title or not).
    const roleAfterComma = /^([^,]{3,60}),\s+([^,]{2,48})$/u.exec(text);
    // (The role as a lone name's takes it too: "A et B, service Politique".)
    const afterComma = roleAfterComma && (NEWSROOM_WORD.test(roleAfterComma[2]!) || NEWSROOM_ROLE.test(text)) && roleAfterComma[2]!.split(/\s+/).length <= MAX_ROLE_WORDS && !/[.!?]$/u.test(roleAfterComma[2]!) ? personByline(roleAfterComma[1]!) : null;
    if (afterComma) return afterComma;
    const staff = NEWSROOM_ROLE.exec(text);
    const name = staff ? nameWithRole(text) : null;
    return name !== null && staff !== null && !findOutlet(staff[1]!) ? { author: name, outlets: [], published: null } : null;
  }
  // Words before the authorship cue ("Un reportage signé X") make a label; the same words closed by a
  // full stop make a sentence of the article ("La chronique est signée X.").
  if (!/^(?:par|by)\b/iu.test(start[0]) && /[.!?…]\s*$/u.test(text) && /\s/u.test(start[0].trim())) return null;
  const { parts } = segments(text.slice(start[0].length));
  let head = parts[0]!.trim();
  const outlets: string[] = [];
  let published: string | null = null;
  // "Rédigé par Marie Curie le 3 février 2019", "Posted by Jane Smith on May 3, 2019".
  const on = /\s+(?:le|on)\s+(?=\d|\p{L}+\.?\s+\d)/u.exec(head);
  if (on) {
    const d = parseDateLine(head.slice(on.index).trim());
    if (d) {
      published = d.published;
      head = head.slice(0, on.index).trim();
    }
  }
  // "Par Jean Dupont, à Paris" / "Par Jean Dupont (à Paris)" / "Par Jean Dupont à Paris".
  const comma = head.indexOf(',');
  if (comma >= 0) {
    const tail = head.slice(comma + 1).trim();
    const d = parseDateLine(tail);
    if (d) {
      // "Par Jean Dupont, 12 janvier 2019": the date after the name.
      published = d.published;
      head = head.slice(0, comma).trim();
    } else if (tail.length > 0 && !BYLINE_TAIL.test(tail) && !findOutlet(tail)) {
      // "By Jane Smith, Europe correspondent": a short role after a name, not a sentence.
      const role = tail.split(/\s+/).length <= MAX_ROLE_WORDS && !/[.!?]$/u.test(tail) && personNames(head.slice(0, comma)) !== null;
      if (role) head = head.slice(0, comma).trim();
      else if (!personNames(head)) return null;
    } else head = head.slice(0, comma).trim();
  }
  // "Par Jean Dupont (à Paris)", "Par Jean Dupont (Le Courrier)", "By Jane Smith (staff)": a bracket
  // after the name holds a place, an outlet or a role, never more of the name.
  const bracket = /\s*\(([^()]{1,60})\)$/u.exec(head);
  if (bracket) {
    const o = findOutlet(bracket[1]!);
    if (o) outlets.push(o.name);
    head = head.slice(0, bracket.index);
  }
  // ("Par Jean Dupont à Rennes", "By Jane Roe in Madrid", "… from Dublin", "… avec Reuters", "Par X au
  // stade Y", "By X at the town hall": where the reporter files from, or a partner, after the name; a
  // preposition of place never continues a person's name, so the place may be in lower case.)
  head = stripAgency(head).replace(/\s+(?:à|au|aux|avec|in|at|from|depuis|en)\s+[\p{L}'’\- ]{1,40}$/u, '');
  // ("Signé X dans l’édition originale", "By Y in the original edition": a phrase in lower case after the
  // name says where the signature stood, never more of the name.)
  // (Its last word in lower case; a weekday may be capitalised inside it: "in the Sunday edition".)
  head = head.replace(/\s+(?:dans|in|pour|for|sur|on)\s+(?:l['’]|la|le|les|the|its|son|sa|ses|their)\s*(?:[\p{L}'’\-]+\s+){0,4}\p{Ll}[\p{Ll}'’\-]+$/u, '');
  let author: string | null = null;
  // The outlet list tells an outlet that signs ("Par Le Figaro") from a person ("Par Jean Dupont").
  const signing = findOutlet(head);
  const names = signing ? null : personNames(head);
  if (names) author = joinNames(names, head);
  else if (signing) outlets.push(signing.name);
  else if (!COLLECTIVE_SIGNER.test(head)) {
    // "par gilou_44 » mar. 4 déc. 2018 15:31": a user name (one token, no space) with a date is a
    // forum or comment byline; the handle is nobody's name, so no author.
    const handle = /^[\p{L}\p{N}_.\-]{2,40}$/u.test(head) && parts.slice(1).some((p) => parseDateLine(p.trim()) !== null);
    if (!handle) return null;
  }
  if (comma >= 0 && !published && head !== parts[0]!.trim()) {
    // Tail after the comma may name an outlet: "Par Jean Dupont, Le Monde".
    const o = findOutlet(parts[0]!.slice(comma + 1));
    if (o) outlets.push(o.name);
  }
  for (const part of parts.slice(1)) {
    const p = part.trim();
    const d = parseDateLine(p);
    if (d) {
      published ??= d.published;
      continue;
    }
    const o = findOutlet(p);
    if (o) outlets.push(o.name);
  }
  return { author, outlets, published };
}

/** A closing signature: a person, initials, "R. I./Agences", a wire agency ("APS") or a parenthesised credit ("(ats/nxp)", "(Le Matin)"). */
export function parseSignature(text: string): { author: string | null; outlets: string[] } | null {
  return SIGNATURES(text);
}

/** parseSignature's readings by text (memoByText). */
const SIGNATURES = memoByText(readSignature);

function readSignature(text: string): { author: string | null; outlets: string[] } | null {
  // "— Marie Curie": a dash before a closing signature.
  const s = foldTypography(text).trim().replace(/^-{1,2}\s+/, '');
  if (s.length === 0 || s.length > MAX_SIGNATURE_CHARS) return null;
  const paren = /^\(([^()]{1,40})\)$/.exec(s);
  if (paren) {
    const parts = paren[1]!.split(/\s*[\/,]\s*/).filter(Boolean);
    const known = parts.map((p) => findOutlet(p));
    if (known.length === 0 || known[0] === null) return null;
    return { author: null, outlets: known.filter((o) => o !== null && !o.wire).map((o) => o!.name) };
  }
  const slash = /^(.{1,30}?)\s*\/\s*(agences?|afp|aps|reuters|ap|ats)$/i.exec(s);
  if (slash && (isPersonName(slash[1]!) || /^(?:\p{Lu}\.\s?){1,3}$/u.test(slash[1]!))) return { author: s, outlets: [] };
  // "Loïc Perrenoud, correspondant": a name and a short role in lower case.
  const role = /^([^,]{3,40}),\s+(\p{Ll}[\p{L}'’ \-]{2,40})$/u.exec(s);
  if (role && role[2]!.split(/\s+/).length <= 4 && isPersonName(role[1]!) && !interfaceWords(role[1]!)) return { author: role[1]!.trim(), outlets: [] };
  // "Commentaires Facebook", "Post Comment": capitalised interface words look like a name; a person's
  // name holds no interface word and opens on no interface verb (the chrome features' own test).
  if (isPersonName(s) && !interfaceWords(s)) return { author: s, outlets: [] };
  const o = findOutlet(s);
  if (o && o.wire && s === s.toUpperCase()) return { author: o.name, outlets: [] };
  return null;
}

/** True when a short text holds an interface word or opens on an interface verb ("Share Article", "Commentaires Facebook"). */
function interfaceWords(text: string): boolean {
  const f = lineFeatures(text);
  return f.ui > 0 || f.imperative || f.button;
}

/**
 * The author a line beside a date line names when it holds only a name, maybe with a role ("Jean
 * Dupont", "X, étudiante en journalisme"): written as a name, not in capitals like a site banner
 * ("PANORAMA MATIN"), and no outlet's name. Null otherwise.
 */
export function bylineName(text: string): string | null {
  return text !== text.toUpperCase() && !findOutlet(text) ? nameWithRole(text) : null;
}

/**
 * Takes metadata lines out of a file's lines: "Source : X" credits, bylines, publication and
 * update dates, URL-only lines and a closing signature. Body sentences that merely start with
 * "Par" or a date stay: bylines and date lines are short and sit at the head or tail of the file.
 */
export function extractMetaLines(lines: readonly Line[]): { kept: Line[]; removed: Removal[]; meta: LineMetadata } {
  const meta: LineMetadata = {
    sourceOutlet: null,
    originalOutlet: null,
    urlOutlet: null,
    translatedCredit: false,
    creditOutlets: [],
    author: null,
    publishedAt: null,
    url: null,
  };
  const removed: Removal[] = [];
  const kept: Line[] = [];
  const bylineCredits: string[] = [];
  const sourceCredits: string[] = [];
  const signatureCredits: string[] = [];
  const urlCredits: string[] = [];
  let unknownSource: string | null = null;
  const dateLines: number[] = [];
  /** Whether meta.publishedAt came from a line that says it is the publication date (a cue or a byline). */
  let publishedCued = false;
  const n = lines.length;
  const anchors: number[] = [];
  // Paragraph lines before the page's first short line are a banner's (a consent notice above the
  // masthead, its buttons below it): the head is counted from the first short line.
  let banner = 0;
  for (const [k, line] of lines.entries()) {
    const len = line.text.length;
    // A sentence end is a full stop or "!" (maybe inside closing quotes); a headline ends with "?" or a bare quote.
    if (len >= ANCHOR_LONG_CHARS || (len >= ANCHOR_MIN_CHARS && /[.!…]["'»”’)\s\u00a0\u202f]*$/u.test(line.text))) {
      anchors.push(k);
      if (banner === k) banner++;
    }
  }
  const headEnd = anchors.filter((k) => k >= banner)[EDGE_PARAGRAPHS] ?? n;
  /** The index of the last line read as a republishing credit (see `edge`). */
  let creditAt = -2;
  const tailStart = anchors.length > EDGE_PARAGRAPHS ? anchors[anchors.length - 1 - EDGE_PARAGRAPHS]! : -1;
  for (const [k, line] of lines.entries()) {
    const t = line.text.trim();
    // The line after a credit read inside the text belongs to its block ("Cet article a d'abord paru
    // dans X" then "Par Jeanne Dupont"): the page put its metadata there.
    const edge = k < HEAD_LINES || k <= headEnd || k >= n - TAIL_LINES || k >= tailStart || k === creditAt + 1;
    // "→ https://…", "▶ www.…": a pointer symbol before the address does not make it text.
    const labelled = t.length <= 2048 && splitsAtMost(t, 11) ? LABELLED_URL_LINE.exec(t.replace(POINTER, '')) ?? POINTED_URL_LINE.exec(t) : null;
    if (t.length <= 2048 && (URL_LINE.test(t) || labelled)) {
      const url = labelled ? labelled[1]! : t.split(/\s+/)[0]!;
      removed.push({ line, reason: 'metadata:url' });
      meta.url ??= url;
      const o = outletFromUrl(url);
      if (o) urlCredits.push(o.name);
      if (meta.url === url) meta.urlOutlet = o?.name ?? null;
      continue;
    }
    if (t.length <= BARE_DOMAIN_MAX_CHARS && BARE_DOMAIN.test(t)) {
      // "dhnet.be": the site's address as a line names its outlet (an unknown domain is left to the chrome stage).
      const o = outletFromUrl(t);
      if (o) {
        removed.push({ line, reason: 'metadata:url' });
        urlCredits.push(o.name);
        continue;
      }
    }
    const unpointed = t.replace(POINTER, '');
    // ("Source primaire : La Dépêche des Pistes", "Source publication: X": a word of the label's own, then a name.)
    const qualified = t.length <= MAX_META_LINE_CHARS && !SOURCE_LINE.test(t) && SOURCE_QUALIFIED.test(t);
    const sourceLine = qualified ? t : t.length <= MAX_META_LINE_CHARS && (SOURCE_LINE.test(t) || (unpointed !== t && SOURCE_LINE.test(unpointed))) ? (SOURCE_LINE.test(t) ? t : unpointed) : null;
    // "(Source : X)": the closing parenthesis goes with the opening one; "— Source : X": a dash before it.
    const sourceValue = sourceLine === null ? '' : sourceLine.replace(qualified ? SOURCE_QUALIFIED : SOURCE_LINE, '');
    const src = sourceLine === null ? null : sourceName(t.startsWith('(') ? sourceValue.replace(/\)\s*\.?$/u, '') : sourceValue);
    // After a label word the value must name a source ("Info source → Le Parisien"): "Open source : la
    // ville adopte Linux" and "Code source : …" are headlines about something else.
    const labelledSource = sourceLine !== null && LABELLED_SOURCE.test(sourceLine);
    if (src !== null && (!labelledSource || src.known || src.url !== null || nameShaped(sourceValue.replace(/[.\s]+$/u, '')))) {
      removed.push({ line, reason: 'metadata:source' });
      if (src.url && meta.url === null) {
        meta.url = src.url;
        meta.urlOutlet = outletFromUrl(src.url)?.name ?? null;
      }
      if (src.known) {
        if (meta.sourceOutlet === null) {
          meta.sourceOutlet = src.name;
          meta.translatedCredit ||= src.translated;
        }
        else if (src.name !== meta.sourceOutlet) sourceCredits.push(src.name!);
      } else if (src.name && edge) unknownSource ??= src.name;
      sourceCredits.push(...src.others);
      continue;
    }
    if (t.length <= MAX_META_LINE_CHARS / 2 && edge) {
      const w = WITH_AGENCY_LINE.exec(t);
      const o = w ? findOutlet(w[1]!) : null;
      if (o) {
        removed.push({ line, reason: 'metadata:source' });
        sourceCredits.push(o.name);
        continue;
      }
    }
    if (edge && t.length <= MAX_META_LINE_CHARS / 2) {
      // "Via The Evening", "Credit: Le Matin": a listed outlet (or its translation) after a pointer to
      // the source is a Source line. A person, a social network or a photo credit is not.
      const v = VIA_LINE.exec(t);
      const value = v ? v[1]!.replace(/\s*\([^()]{1,60}\)\s*$/u, '').replace(/[.\s]+$/u, '') : '';
      const m = v && !PICTURE_WORD.test(t) ? matchOutletName(value) : null;
      // "Crédit : La Libre Pensée": an unlisted name written as a publication's (an article, capitals,
      // not a person's name) is the source too; "Crédit : Jean Dupont" credits a picture.
      if (!m && v && !PICTURE_WORD.test(t) && /^(?:crédits?|credits?|via|droits|rights|d['’]apr[èe]s|selon)$/iu.test(t.split(/[\s:|·•]/u)[0]!) && PUBLICATION_NAME.test(value) && !isPersonName(value)) {
        removed.push({ line, reason: 'metadata:source' });
        if (meta.sourceOutlet === null) meta.sourceOutlet = canonicalOutletName(value);
        continue;
      }
      if (m && !(m.outlet.wire === true && !/^via/iu.test(t))) {
        removed.push({ line, reason: 'metadata:source' });
        if (meta.sourceOutlet === null) {
          meta.sourceOutlet = m.outlet.name;
          meta.translatedCredit ||= m.translated;
        } else if (m.outlet.name !== meta.sourceOutlet) sourceCredits.push(m.outlet.name);
        continue;
      }
    }
    // (Inside the text, only a credit that names the piece itself: creditNamesPiece.)
    if (t.length <= MAX_CREDIT_CHARS && (edge || creditNamesPiece(t))) {
      // "Publié initialement par X", "Avec l'aimable autorisation de X": the original publisher.
      const c = parseRepublishCredit(t);
      if (c) {
        removed.push({ line, reason: 'metadata:credit' });
        creditAt = k;
        if (meta.originalOutlet === null) {
          meta.originalOutlet = c.name;
          meta.translatedCredit ||= c.translated;
        } else if (c.name !== meta.originalOutlet) sourceCredits.push(c.name);
        continue;
      }
    }
    // "(Le Monde)" alone on a line above the text: the outlet the page credits (after the text it is
    // the closing signature's credit, read below).
    if (k < (anchors[0] ?? n) && /^\([^()]{2,40}\)$/u.test(t)) {
      const o = matchOutletName(t.slice(1, -1));
      if (o && !o.outlet.wire) {
        removed.push({ line, reason: 'metadata:source' });
        if (meta.sourceOutlet === null) {
          meta.sourceOutlet = o.outlet.name;
          meta.translatedCredit ||= o.translated;
        } else if (o.outlet.name !== meta.sourceOutlet) sourceCredits.push(o.outlet.name);
        continue;
      }
    }
    if (edge && /^[—–] /u.test(t)) {
      const sig = parseSignature(t);
      if (sig?.author) {
        removed.push({ line, reason: 'metadata:byline' });
        meta.author ??= sig.author;
        continue;
      }
    }
    // (A pictogram may stand for the cue: "✎ Jean Dupont".)
    if (edge && t.length <= MAX_META_LINE_CHARS && /^(?:\p{L}|(?![©®℗™])\p{So})/u.test(t)) {
      const b = parseByline(t);
      if (b) {
        removed.push({ line, reason: 'metadata:byline' });
        meta.author ??= b.author;
        if (b.published !== null && (meta.publishedAt === null || !publishedCued)) {
          meta.publishedAt = b.published;
          publishedCued = true;
        }
        bylineCredits.push(...b.outlets);
        continue;
      }
    }
    if (edge && /^[\p{L}\p{N}]/u.test(t)) {
      const d = parseDateLine(t);
      // A labelled date as the file's first line is its headline ("Horoscope du vendredi 10 janvier
      // 2020"): a label names the date of something below it.
      if (d && !(d.labelled === true && k === 0)) {
        removed.push({ line, reason: d.published ? 'metadata:date' : 'metadata:updated' });
        // A date said to be the publication's ("Mis en ligne le …", a byline's) beats a bare one,
        // which may be the day shown in the site's header.
        if (d.published !== null && (meta.publishedAt === null || (d.cued === true && !publishedCued))) {
          meta.publishedAt = d.published;
          publishedCued = d.cued === true;
        }
        meta.author ??= d.author;
        dateLines.push(k);
        continue;
      }
    }
    kept.push(line);
  }
  // A name alone on the line next to a date line is its byline ("Jean Dupont" / "Publié le …"): only
  // after the title (the first kept line of three words or more without a final full stop), and written
  // as a name, not in capitals like a site banner ("PANORAMA MATIN").
  if (meta.author === null && dateLines.length > 0) {
    const keptAt = new Set(kept.map((l) => l.n));
    const title = kept.find((l) => l.text.split(/\s+/).length >= 3 && !/[.]$/.test(l.text));
    // A name with its role ("X, étudiante en journalisme", "X — service Mobilité") is no headline even
    // where a page shows none: it may stand in the title's place.
    const withRole = (t: string): boolean => /,|\(|\s[-\u2013\u2014|]\s/u.test(t);
    // (Other metadata lines may stand between the date and the name: "2019-03-03 16:15" / "Lire
    // l'article complet sur https://…" / "Jean Dupont". The nearest kept line on each side is read.)
    const removedLines = new Set(removed.map((r) => r.line));
    const nearestKept = (k: number, step: number): Line | undefined => {
      let j = k + step;
      while (j >= 0 && j < n && removedLines.has(lines[j]!)) j += step;
      return lines[j];
    };
    for (const k of dateLines) {
      const cand = [nearestKept(k, -1), nearestKept(k, 1)].find(
        (l) =>
          l !== undefined &&
          title !== undefined &&
          (l.n > title.n || withRole(l.text)) &&
          keptAt.has(l.n) &&
          bylineName(l.text) !== null,
      );
      if (!cand) continue;
      kept.splice(kept.indexOf(cand), 1);
      removed.push({ line: cand, reason: 'metadata:byline' });
      meta.author = bylineName(cand.text);
      break;
    }
  }
  // Closing signature: the last kept line (past trailing chrome), after at least a title and a paragraph.
  let s = kept.length - 1;
  for (let skipped = 0; s >= 0 && skipped < 3 && TRAILING_CHROME.test(kept[s]!.text.trim()); skipped++) s--;
  if (s >= 2 && kept[s - 1]!.text.length > kept[s]!.text.length) {
    const sig = parseSignature(kept[s]!.text);
    if (sig) {
      const [line] = kept.splice(s, 1);
      removed.push({ line: line!, reason: 'metadata:signature' });
      meta.author ??= sig.author;
      signatureCredits.push(...sig.outlets);
    }
  }
  meta.sourceOutlet ??= unknownSource;
  const credits = [...bylineCredits, ...sourceCredits, ...signatureCredits, ...urlCredits];
  meta.creditOutlets = [...new Set(credits)].filter((c) => c !== meta.sourceOutlet);
  removed.sort((a, b) => a.line.n - b.line.n);
  return { kept, removed, meta };
}

// ——— Titles ———

/** A bare site name as a title segment: "exemple.fr", "Infos-Express.com", "www.site.net". */
const SITE_SEGMENT = /^(?:www\.)?[\p{L}\p{N}-]{2,40}(?:\.[\p{L}\p{N}-]{2,40}){0,2}\.(?:com|fr|net|org|info|ch|be|ca|dz|ma|tn|eu|io|news|tv|co\.uk|media)$/iu;

/** True when a match of an ambiguous outlet is written as a name (capital on its main word). */
function writtenAsName(m: StartMatch): boolean {
  return /^[\p{Lu}\p{N}]/u.test(m.written) && (!/^\p{N}/u.test(m.written) || /\p{Lu}/u.test(m.written));
}

/** The outlet a trailing title segment names, or null ("Washington Post", "RT Russie et ex-Union soviétique", "exemple.fr"). */
/**
 * The outlet a credit in a title's closing brackets names: a cue of reading or taking, then a name
 * ("as reported by X", "d'après X", "via X", "lu dans X"); a name alone is read by segmentOutlet.
 */
function bracketCredit(note: string): string | null {
  const cue = BRACKET_CREDIT_CUE.exec(note);
  if (cue === null) return null;
  const name = note.slice(cue[0].length).trim();
  const listed = segmentOutlet(name, true);
  if (listed !== null) return listed;
  return nameShaped(name) && outletNameShaped(name) && (personNames(name)?.length ?? 0) < 2 && !isPersonName(name) ? name : null;
}
/** The cue before a name in a title's closing credit, in either language. */
const BRACKET_CREDIT_CUE = /^(?:(?:as\s+)?(?:reported|published|first\s+published|seen|read)\s+(?:by|in)|via|from|d['’]\s?apr[èe]s|selon|source\s?:|lu\s+(?:dans|chez)|vu\s+dans|paru\s+dans|publi[ée]e?\s+(?:par|dans))\s+(?=\p{Lu}|l['’]\p{Lu})/iu;

function segmentOutlet(segment: string, allowDescriptor: boolean): string | null {
  const seg = segment.trim();
  if (!seg) return null;
  // A machine-translated page translates its title's suffix too (" - West France").
  const exact = ownOutletName(seg, true);
  if (exact) {
    const m = matchOutletAtStart(seg);
    if (exact.ambiguous && m && !writtenAsName(m)) return null;
    return exact.name;
  }
  if (SITE_SEGMENT.test(seg)) return outletFromUrl(seg)?.name ?? seg;
  if (!allowDescriptor) return null;
  const m = matchOutletAtStart(seg);
  if (!m || !writtenAsName(m)) return null;
  const descriptor = seg.slice(m.end).trim();
  if (descriptor.split(/\s+/).length > MAX_DESCRIPTOR_WORDS) return null;
  // The descriptor must start as a new phrase, not continue the name into a sentence ("Le Point sur…").
  if (m.outlet.ambiguous && /^\p{Ll}/u.test(descriptor)) return null;
  // A particle continues the name into another paper's: "Le Figaro des Thermes", "Le Parisien de
  // l'océan Indien" are look-alikes, named as written, never Le Figaro or Le Parisien.
  if (/^(?:de|du|des|d['’]|of|the|la|le|les|l['’])(?=\s|\p{L})/iu.test(descriptor)) return canonicalOutletName(seg);
  return m.outlet.name;
}

/**
 * Splits outlet names off a title line: trailing " - ", " – ", " — ", " | " segments that name an
 * outlet (the last one is the publishing site, the others are cited) and a leading "Outlet : " or
 * "Outlet | " prefix. Segments that are not outlets ("- Secrétaire d'État américain") stay.
 */
export function splitTitle(line: string): { title: string; outlet: string | null; otherOutlets: string[]; credited?: true } {
  const { parts, seps } = segments(line);
  const found: string[] = [];
  while (parts.length > 1) {
    const o = segmentOutlet(parts[parts.length - 1]!, found.length === 0);
    if (!o) break;
    found.push(o);
    parts.pop();
    seps.pop();
  }
  let title = parts.map((p, i) => p + (seps[i] ?? '')).join('').trim();
  // (A credit with its cue in brackets names the original publisher, as a credit line does.)
  let credited = false;
  // A listed outlet's name in closing brackets ("… (RTS Info)", "… [Le Figaro]") credits it, as after a separator.
  if (found.length === 0) {
    const bracket = CLOSING_BRACKET.exec(title);
    // (Or a credit in brackets, listed or not: "… [as reported by La Croix]", "… (d'après Le Courrier des Combes)".)
    const plain = bracket ? segmentOutlet(bracket[1]!, true) : null;
    const o = plain ?? (bracket ? bracketCredit(bracket[1]!) : null);
    if (o && bracket!.index > 0) {
      if (plain === null) credited = true;
      found.push(o);
      title = title.slice(0, bracket!.index).trim();
    }
  }
  // Leading "Outlet : " or "Outlet | ".
  let prefixOutlet: string | null = null;
  const prefix = /^([^:|]{1,60}?)\s*([:|])\s+/u.exec(title);
  if (prefix && title.length > prefix[0].length) {
    const o = findOutlet(prefix[1]!);
    if (o && (!o.ambiguous || prefix[2] === '|')) {
      prefixOutlet = o.name;
      title = title.slice(prefix[0].length).trim();
    }
  }
  const outlet = found[0] ?? prefixOutlet;
  const cited = [...found.slice(1).reverse(), ...(prefixOutlet ? [prefixOutlet] : [])];
  const otherOutlets = [...new Set(cited)].filter((o) => o !== outlet);
  return { title: title || line.trim(), outlet, otherOutlets, ...(credited && outlet !== null ? { credited: true as const } : {}) };
}

// ——— Credits: copyright lines are read by src/ingest/attribution.ts ———

export { creditName, creditOutlet } from './attribution.ts';

/**
 * Canonical names of the outlets a text credits or cites ("selon NBC News", "a rapporté le Post",
 * "à l'AFP", "dans Libération"), in order of first appearance, without `own` (the article's outlet).
 */
export function findCitedOutlets(paragraphs: readonly string[], own: string | null): string[] {
  const ownName = own ? canonicalOutletName(own) : null;
  const out: string[] = [];
  for (const mentions of scanParagraphs(paragraphs)) {
    for (const m of mentions) {
      const name = m.outlet.name;
      if (name !== ownName && !out.includes(name)) out.push(name);
    }
  }
  return out;
}
