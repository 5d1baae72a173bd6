/**
 * Page furniture copied along with an article: navigation, sharing and comment prompts, feed labels.
 * Matched per line; such lines are neither entities' context nor claims.
 */
/** A bare credit ("Photo: Getty Images"); a caption says who and where, like the story. */
const BARE_CREDIT = /^(photo|image|video)( credit)?:\s*\S+(\s+\S+){0,5}$/i;

/** A video's teaser: "VIDEO: Mayor Hal Brenner speaks to reporters". */
const VIDEO_TEASER = /^video:/i;

/** A copyright line: "© 2026 Eastern Star Press", "Copyright 2026 KMNX-TV. All rights reserved." */
const COPYRIGHT = /^(copyright|©)\s/i;

/** A link to another story: "Related: Bolivia's lithium plans stall". */
const STORY_LINK = /^(related|see also|more on this|recommended|most read)\s*:\s*\S/i;

const BOILERPLATE = [
  /^source link$/i,
  /^read more:?$/i,
  /^(tags|related|related articles|related stories|share|share this( article)?|advertisement|opinions|highlights|story|comments?)\s*:?$/i,
  /^leave a (comment|reply)$/i,
  /^scroll to top$/i,
  /^rss( news)? feed$/i,
  /^you['’]?ve reached the end$/i,
  /^your email address will not be published/i,
  /^(sign up|subscribe)( to| for)?\b.{0,60}$/i,
  /^(click|tap) here\b/i,
  /^(follow us|skip to (main )?content|back to top|print this (page|article))\b/i,
  COPYRIGHT,
  /^all rights reserved\.?$/i,
  BARE_CREDIT,
  VIDEO_TEASER,
  /^for immediate release\.?$/i,
  STORY_LINK,
  /\b(we use cookies|cookie policy|accept (all )?cookies)\b/i,
  /^(you are receiving this (e-?mail|newsletter)|unsubscribe\b|view (this e-?mail )?in (your )?browser)/i,
  // A navigation bar: "Home | World | Business | Sport".
  /^(?:[\p{L}&'’ ]{1,24}[|·•]\s*){3,}[\p{L}&'’ ]{1,24}$/u,
];

/**
 * A bare credit line, a video's teaser, a link to another story or a copyright line: page furniture, though the names it
 * credits, shows, links to or holds rights for are names ("Photo: Getty Images", "VIDEO: Mayor Hal Brenner speaks",
 * "Related: Peru's Interoceanic Highway", "© 2026 Eastern Star Press").
 */
export function isNamingFurniture(line: string): boolean {
  const t = line.trim();
  return BARE_CREDIT.test(t) || VIDEO_TEASER.test(t) || STORY_LINK.test(t) || COPYRIGHT.test(t);
}

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && BOILERPLATE.some((re) => re.test(t));
}

/** Module constants: the build turns a `\p{…}` literal into `new RegExp(…)` at every evaluation. */
const LETTER_INITIAL = /^\p{L}/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const UPPER = /\p{Lu}/u;
const MINOR_WORD = /^(a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|as|amid|over|into|vs\.?|via|up|out)$/i;

/** A fact box's line, "- Power: Brightwater Power" or "Site: 212 acres, Harlan County": its capitals are its names'. */
const LABELLED = /^([-–•*]\s*)?\p{Lu}[\p{L}' ]{0,24}:\s+\S/u;

/**
 * A heading: words mostly capitalized and no sentence-final punctuation, e.g. a Title Case headline
 * or an ALL-CAPS section label (not a fact box's "Label: value" line). Named-entity cues (capital
 * letters) are unreliable on such lines.
 */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || /[.?!:;"”]$/.test(t)) return false;
  // A fact box's line; a kicker before a headline ("Explainer: How …") leaves a heading.
  const labelled = LABELLED.exec(t);
  if (labelled && (labelled[1] || !isHeadingLine(t.slice(labelled[0].length - 1)))) return false;
  const words = t.split(/\s+/).filter((w) => LETTER_INITIAL.test(w));
  if (words.length < 2) return false;
  if (t === t.toUpperCase() && UPPER.test(t)) return true;
  const significant = words.filter((w) => !MINOR_WORD.test(w));
  const capitalized = significant.filter((w) => UPPER_INITIAL.test(w));
  return significant.length >= 2 && capitalized.length / significant.length >= 0.8;
}
