/** Shapes passed between the ingest stages (pure TypeScript, no Astro). */

/** What a pure stage returns instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One input file as read from disk. */
export interface RawFile {
  /** Path relative to the input folder, `/` separators. */
  path: string;
  bytes: Uint8Array;
}

/** Output of decode.ts. */
export interface Decoded {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`, `latin1`… */
  encoding: string;
  /** True when UTF-8-read-as-Latin-1 mojibake ("Ã©") was repaired. */
  repaired: boolean;
}

/** One logical line (= one paragraph candidate) of a decoded, normalised file. */
export interface Line {
  /** 1-based line number in the decoded text (first physical line when hard-wrapped lines were joined). */
  n: number;
  /** Normalised text, trimmed, never empty. */
  text: string;
}

/** A line taken out of the body, with a short reason code (`chrome:share`, `metadata:source`, `repeat:paragraph`…). */
export interface Removal {
  line: Line;
  reason: string;
}

/** Metadata read from dedicated lines (source credits, bylines, dates, URLs, copyright credits). */
export interface LineMetadata {
  /** Canonical outlet from a "Source : X" line, else null. */
  sourceOutlet: string | null;
  /** The original publisher a republishing credit names ("Publié initialement par X"), canonical or as written, else null. */
  originalOutlet: string | null;
  /** The outlet owning the host of the file's URL line, else null. */
  urlOutlet: string | null;
  /** True when the source or original credit names its outlet by a word-for-word translation ("Source : The Parisian"). */
  translatedCredit: boolean;
  /** Outlets named by weaker credits (byline "Par X | Le Monde", "© Le Monde", a URL's domain), strongest first. */
  creditOutlets: string[];
  author: string | null;
  /** ISO-8601 with offset, null when absent. */
  publishedAt: string | null;
  url: string | null;
}

/** Result of the first, per-file (cacheable) pass: decode + normalise + split. */
export interface PreparedFile {
  path: string;
  encoding: string;
  repaired: boolean;
  lines: Line[];
}
