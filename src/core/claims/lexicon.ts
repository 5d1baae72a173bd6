/**
 * Word normalization for comparing statements: a light stemmer, a few irregular forms, and small
 * classes of general-news synonyms so that "met", "meeting" and "talks" count as one predicate.
 */

const STOPWORDS = new Set(
  `a an the and or but if of in on at to for by with from as into onto over under about after before
  since until through during between among against without within than then so that this these those
  there here it its they them their he him his she her we us our you your i me my who whom whose which
  what when where why how be is are was were been being am do does did done have has had having will
  would shall should can could may might must not no nor also just only very more most much many
  some any each every both either neither other such own same too again further once all few
  s t ll ve re d m mr mrs ms dr one two three four five six seven eight nine ten said say says
  told tell according added adding noted remarked stated reported per cent percent year years
  week weeks day days month months time times new first last`
    .split(/\s+/)
    .filter(Boolean),
);

/** Irregular verb forms and nouns the suffix rules cannot reach. */
const IRREGULAR: Record<string, string> = {
  met: 'meet', meets: 'meet', meeting: 'meet', meetings: 'meet', went: 'go', gone: 'go', came: 'come',
  took: 'take', taken: 'take', gave: 'give', given: 'give', made: 'make', held: 'hold', left: 'leave',
  began: 'begin', begun: 'begin', won: 'win', lost: 'lose', sent: 'send', spent: 'spend', built: 'build',
  paid: 'pay', sold: 'sell', bought: 'buy', brought: 'bring', found: 'find', thought: 'think',
  struck: 'strike', shook: 'shake', shaken: 'shake', fled: 'flee', fell: 'fall', fallen: 'fall',
  rose: 'rise', risen: 'rise', flew: 'fly', flown: 'fly', killed: 'kill', died: 'die', dies: 'die',
  dead: 'die', death: 'die', deaths: 'die', children: 'child', people: 'person', men: 'man', women: 'woman',
  arrival: 'arrive', departure: 'depart', agreement: 'agree', announcement: 'announce',
  acquisition: 'acquire', acquisitions: 'acquire', election: 'elect', arrest: 'arrest',
  visits: 'visit', visited: 'visit', visiting: 'visit', launches: 'launch', launched: 'launch',
  launching: 'launch', hit: 'strike', hits: 'strike', quake: 'earthquake', tremor: 'earthquake',
  fought: 'fight', caught: 'catch', sought: 'seek', ran: 'run', drove: 'drive', driven: 'drive',
  chose: 'choose', chosen: 'choose', spoke: 'speak', spoken: 'speak', broke: 'break', broken: 'break',
  stole: 'steal', stolen: 'steal', grew: 'grow', grown: 'grow', knew: 'know', known: 'know', threw: 'throw',
  thrown: 'throw', drew: 'draw', drawn: 'draw', led: 'lead', kept: 'keep', felt: 'feel', dealt: 'deal',
  saw: 'see', seen: 'see', shot: 'shoot', stood: 'stand', heard: 'hear', wore: 'wear', worn: 'wear',
  tore: 'tear', torn: 'tear', became: 'become', arose: 'arise', arisen: 'arise', sank: 'sink', sunk: 'sink',
  swept: 'sweep', fed: 'feed', meant: 'mean', lent: 'lend', bent: 'bend', dug: 'dig', hung: 'hang',
  beaten: 'beat', bitten: 'bite', hid: 'hide', hidden: 'hide', forgave: 'forgive', forgiven: 'forgive',
  withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake', undertaken: 'undertake',
};

/** Synonym classes: every member maps to the first word, which is also the class's display word. */
const SYNONYMS: string[][] = [
  ['meet', 'talk', 'talks', 'encounter', 'summit', 'dialogue'],
  ['visit', 'trip', 'tour'],
  ['launch', 'liftoff', 'blastoff', 'takeoff'],
  ['kill', 'die', 'slay', 'murder'],
  ['arrest', 'detain', 'apprehend', 'capture', 'custody'],
  ['acquire', 'buy', 'purchase', 'takeover'],
  ['agree', 'deal', 'accord', 'pact'],
  ['delay', 'postpone', 'reschedule'],
  ['announce', 'unveil', 'reveal', 'introduce'],
  ['extend', 'prolong', 'lengthen'],
  ['cooperate', 'cooperation', 'collaborate', 'collaboration', 'partnership', 'partner'],
  ['injure', 'injury', 'wound', 'hurt'],
  ['sentence', 'convict', 'conviction'],
  ['resign', 'quit'],
  ['plan', 'intend', 'intention'],
  ['leader', 'head', 'chief', 'director'],
  ['approve', 'authorize', 'authorise', 'endorse', 'ratify'],
  ['reject', 'refuse', 'veto'],
  ['accuse', 'charge', 'allege', 'indict'],
  ['dismiss', 'sack', 'oust'],
  ['attack', 'assault', 'raid', 'ambush'],
  ['protest', 'demonstration', 'rally'],
  ['cancel', 'scrap', 'abandon'],
  ['rescue', 'evacuate'],
  ['withdraw', 'exit', 'pullout'],
];

const CANONICAL = new Map<string, string>();
for (const members of SYNONYMS) {
  for (const m of members) {
    CANONICAL.set(m, members[0]);
    CANONICAL.set(stem(m), members[0]);
  }
}

const EVENT_CLASSES = new Set(SYNONYMS.map((members) => members[0]).filter((w) => !['cooperate', 'plan', 'leader'].includes(w)));

/** Noun to show for a canonical predicate in slot labels ("years since last meeting"). */
const DISPLAY: Record<string, string> = { meet: 'meeting', visit: 'visit', launch: 'launch', agree: 'agreement', kill: 'death' };

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/**
 * A crude suffix-stripping stemmer: enough for matching inflections of news vocabulary. Like Porter's,
 * it drops a final "e", so "schedule" and "scheduled" meet at "schedul".
 */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length <= 4) return w;
  return dropE(suffixless(w));
}

function suffixless(w: string): string {
  // Nominalizations meet their verb: "operations", "operational" and "operating" at "operat".
  const nominal = /^(.{3,}at)ions?$|^(.{3,}at)ional$/.exec(w);
  if (nominal) return `${nominal[1] ?? nominal[2]}e`;
  if (w.endsWith('ies') && w.length > 5) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 6) return undouble(w.slice(0, -3));
  if (w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ed') && w.length > 5) return undouble(w.slice(0, -2));
  if (w.endsWith('es') && w.length > 5 && !/[aeiou]es$/.test(w)) return w.slice(0, -1);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function dropE(w: string): string {
  return w.length > 4 && w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Lemmas by word as written: a corpus repeats its vocabulary, and lemmas are asked for every word. */
const lemmas = new Map<string, string>();

/** Stem, then map to the synonym class. */
export function lemma(word: string): string {
  let l = lemmas.get(word);
  if (l === undefined) {
    const lower = word.toLowerCase();
    const s = CANONICAL.get(lower) ?? stem(lower);
    lemmas.set(word, (l = CANONICAL.get(s) ?? s));
  }
  return l;
}

/** A canonical word of the synonym classes: those nouns name events ("talks", "arrest", "launch"). */
export function isEventWord(lemmaValue: string): boolean {
  return EVENT_CLASSES.has(lemmaValue);
}

export function displayWord(lemmaValue: string): string {
  return DISPLAY[lemmaValue] ?? lemmaValue;
}
