import type { Sentence, Token } from '../types';
import { monthNumber, weekdayNumber } from './lexicon';

/** Whether a sentence places an event before or after the time of writing; null when it does not say. */
export type Tense = 'past' | 'future' | null;

/** Verbs of pledging, which put what they pledge "to" do ahead. */
const PLEDGES = ['pledging', 'pledged', 'pledges', 'vowing', 'vowed', 'vows', 'promising', 'promised', 'promises'];

/** Words that put the nearby event in the future: "will launch", "is scheduled for", "is expected to", "ahead of". */
const FUTURE = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', 'would', 'due', 'scheduled', 'slated', 'expected', 'expects', 'planned', 'plans',
  'plan', 'must', 'preparing', 'planning', 'have', 'has', 'need', 'needs', 'want', 'wants', 'upcoming', 'forthcoming', 'poised', 'aims', 'intends', 'going', 'set', 'ahead',
  // "on course to re-enter the top 10 on Friday", "on track to"; "Sunday should be sunny"; "warning of rain on Saturday";
  // a headline's "salvors eye Wednesday refloat".
  'course', 'track', 'should', 'warning', 'warns', 'eye', 'eyes', 'eyeing',
  // "A trial date has been fixed for October", "pencilled in for October"; "completion targeted for July".
  'fixed', 'pencilled', 'penciled', 'targeted', 'earmarked',
  // "Listeners can hear the interview at 6 p.m. on Friday": what one can do yet.
  'can',
  // "pledging to hand over power on July 28", "vowed to return in May"; "prepares for the summit in November".
  ...PLEDGES, 'prepares',
  // Forecasts: "could raise rates in October", "may cut in the fourth quarter", "we expect a hike in June", "possibly as early as June",
  // "a decision was unlikely before the summer".
  'could', 'may', 'might', 'likely', 'unlikely', 'possibly', 'expect', 'forecast', 'forecasts', 'predict', 'predicts', 'projected',
  // "The next window is at 0310 on Thursday", "The vote is on Friday": a day the present says something is on.
  'is', 'are',
]);
/**
 * Words that need a certain word after them to speak of the future ("set to", "going to", "ahead of",
 * "expected to"; not "a set of", "better-than-expected profit").
 */
const FUTURE_NEEDS: Readonly<Record<string, RegExp>> = {
  going: /^(to|for)$/,
  course: /^to$/,
  track: /^to$/,
  // Not "should have gone on Friday".
  should: /^(?!have$)/,
  warning: /^(?:of|that)$/,
  warns: /^of$/,
  set: /^(to|for)$/,
  fixed: /^for$/,
  targeted: /^for$/,
  earmarked: /^for$/,
  ...Object.fromEntries(PLEDGES.map((word) => [word, /^to$/])),
  // (Not what one can tell of the past: "Police can confirm the man died on Friday", "can't remember".)
  can: /^(?!(?:confirm|say|tell|reveal|report|remember|recall|recognise|recognize|identify|name|not|n't|n’t)$)[a-z]+$/,
  pencilled: /^(in|for)$/,
  penciled: /^(in|for)$/,
  due: /^(to|for|before|in|on|at|back|by)$/,
  ahead: /^of$/,
  expected: /^(to|in|on|at|by|later|next|this)$/,
  // Not "could not be reached for comment on Tuesday".
  could: /^(?!not$|n't$|n’t$)/,
  // Not an adjective before its noun: "identified a drain installed in April as the likely source".
  likely: /^(?:to|before|in|on|at|by|until|next|this|later|soon|that|be|[.,;]?)$/,
  unlikely: /^(?:to|before|in|on|at|by|until|next|this|later|soon|that|be|[.,;]?)$/,
  // "we have to do it again on Saturday", "needs to": an obligation still to meet.
  have: /^to$/,
  has: /^to$/,
  need: /^to$/,
  needs: /^to$/,
  want: /^to$/,
  wants: /^to$/,
  // "is preparing to drill", "is planning to": what the subject gets ready for.
  preparing: /^to$/,
  planning: /^to$/,
  // Not "discussed the plan in February".
  plan: /^(to|for)$/,
  plans: /^(to|for)$/,
  // Not "must have left on Friday".
  must: /^(?!have$)/,
  // Not a passive or a progressive ("is expected", "are meeting"), which have markers of their own.
  is: /^(?:at|on|due|for|next|this)$/,
  are: /^(?:at|on|due|for|next|this)$/,
};

/** How many words after a plan's "for" may say what it is for. */
const PLAN_REACH = 3;
/** What one has on a day ahead: "a wedding", "a meeting", "a hearing". */
const APPOINTMENTS = new Set(['wedding', 'meeting', 'appointment', 'hearing', 'game', 'match', 'interview', 'exam', 'flight', 'operation', 'surgery', 'party', 'deadline', 'vote', 'concert', 'show', 'trial']);

/** Irregular past forms common in reporting; regular ones are caught by their -ed ending. */
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'went', 'came', 'made', 'took', 'gave', 'saw', 'held', 'left',
  'began', 'became', 'found', 'got', 'spoke', 'wrote', 'sent', 'won', 'lost', 'led', 'brought', 'thought', 'felt',
  'flew', 'fell', 'rose', 'ran', 'sold', 'bought', 'paid', 'kept', 'knew', 'grew', 'drew', 'broke', 'chose', 'struck',
  'fled', 'fought', 'caught', 'heard', 'meant', 'stood', 'built', 'spent', 'sat', 'shot', 'sank', 'stole', 'threw',
  'ate', 'drove', 'rode', 'shook', 'hung', 'laid', 'sought', 'stuck', 'swept', 'swung', 'tore', 'withdrew', 'oversaw',
  'arose', 'forgot', 'froze', 'hid', 'fed', 'dug', 'lent', 'sprang', 'undertook', 'overtook', 'woke', 'wore',
]);

/**
 * Verbs before which a past form is a participle, its tense carried by the verb: "will be held",
 * "is closed", "will remain shut". (A past auxiliary, "was closed", is a marker of its own.) A past
 * form before a noun is one too ("updated projections").
 */
const PARTICIPLE_AFTER = new Set([
  'be', 'been', 'being', 'is', 'are', 'am', "'s", '’s', 'remain', 'remains', 'stay', 'stays', 'get', 'gets', 'become', 'becomes',
]);

/** Present-tense verbs of timetables: "The trial continues on Monday", "The offer expires on Friday" speak of what is ahead. */
/** A timetable's verb in "-ing": "holding", "launching", "meeting", "releasing". */
function isScheduledProgressive(word: string): boolean {
  if (!word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  return [stem, `${stem}s`, `${stem}e`, `${stem}es`].some((form) => SCHEDULE.has(form));
}

const SCHEDULE = new Set(
  `begins begin starts start opens open resumes resume continues continue meets meet faces face hosts host ends end closes close
  returns return takes kicks launches launch expires expire ships ship departs airs premieres debuts goes finishes finish runs
  visit visits play plays run holds delivers unveils presents publishes reports releases announces travel travels welcome welcomes
  entertain entertains becomes wraps wrap concludes conclude reopens reopen leaves leave sails sail arrives arrive depart`.split(/\s+/),
);

/** What opens a photo's caption: "Photo:", "Pictured:". */
const CAPTION_LABEL = /^(?:photo|photos|pictured|caption|image)$/i;

/** Whether token `i` stands in a caption, whose present tells what the photo caught: "Photo: Ivo Brandt leaves court on Tuesday". */
function isCaption(tokens: readonly Token[], i: number): boolean {
  let first = i;
  while (first > 0 && tokens[first - 1].sentence === tokens[i].sentence) first--;
  return CAPTION_LABEL.test(tokens[first].text) && tokens[first + 1]?.text === ':';
}

/** Participles of a charge, before "with" or "of": "charged with", "accused of". */
const CHARGED = /^(?:charged|accused|suspected|convicted)$/;

/** Possessive determiners, which wink tags as pronouns: "its travel advice". */
const POSSESSIVES = /^(?:its|his|her|their|our|my|your)$/i;

/** Auxiliaries of a perfect: "has run", "had begun". */
const PERFECT = /^(?:has|have|had|['’]ve)$/i;

/** Past participles that are no past forms: "done", "been", "gone". */
const PARTICIPLES = new Set(['done', 'been', 'gone', 'seen', 'known', 'given', 'taken', 'written', 'driven', 'ridden', 'flown', 'grown', 'shown', 'chosen', 'spoken', 'broken']);

function isPastParticiple(word: string): boolean {
  return PARTICIPLES.has(word) || PAST.has(word) || /^[a-z]{2,}ed$/.test(word);
}

function marker(tokens: readonly Token[], i: number, end: number, afterSpan: boolean): Tense {
  // "We'd done 30 hours in it before Saturday": "'d" before a past participle is "had" (before a base form, "would").
  if (/^['’]d$/.test(tokens[i].text)) return isPastParticiple(tokens[i + 1]?.text.toLowerCase() ?? '') ? 'past' : null;
  // A name is no verb: "the Rose Bowl" (a capital after a word or a number of the same sentence, "to 3 May", or
  // before a number, "LONDON, May 5").
  const previous = tokens[i - 1];
  const named = (previous?.sentence === tokens[i].sentence && /[\p{L}\p{N}]/u.test(previous.text)) || /^\d/.test(tokens[i + 1]?.text ?? '');
  if (tokens[i].pos === 'PROPN' || (/^\p{Lu}/u.test(tokens[i].text) && named)) return null;
  const word = tokens[i].text.toLowerCase();
  // Not an infinitive of purpose after the date: "flew to Lisbon on Wednesday to meet staff".
  // wink reads "ships" after "which" as a noun: a pronoun before makes it the verb.
  // (Asked only of a timetable's verbs: a marker is asked of many words.)
  // (Not after a possessive, whose noun it is: "updated its travel advice".)
  // wink reads "open" after a plural noun as an adjective: a base form after a plural subject is the verb ("The doors open at 10:00";
  // not after an object: "kept the doors open").
  const pluralSubject = () => previous?.pos === 'NOUN' && /^\p{Ll}+s$/u.test(previous.text) && !word.endsWith('s') && !isObject(tokens, i - 1);
  const scheduled = () => tokens[i].pos === 'VERB' || (previous !== undefined && ((previous.pos === 'PRON' && !POSSESSIVES.test(previous.text)) || /^(?:which|that|who)$/i.test(previous.text))) || pluralSubject() || afterRelativeAside(tokens, i);
  // Not a noun's modifier wink reads as a verb: "launch officials said"; nor a base form after a compound's hyphenated
  // part, no plural subject's verb: "played an eight-show run in February".
  const compound = /^[-‐‑]$/.test(tokens[i - 2]?.text ?? '') && tokens[i - 2].end === previous?.start;
  // (… nor a noun's second word after "every" or "a", no subject's verb: "every evening run from Aug. 30".)
  const nounCompound = previous?.pos === 'NOUN' && /^(?:every|each|an?)$/i.test(tokens[i - 2]?.text ?? '');
  const modifier = (tokens[i + 1]?.pos === 'NOUN' && /^\p{Ll}+s$/u.test(tokens[i + 1].text)) || ((compound || nounCompound) && !word.endsWith('s'));
  // Not after "did not" ("did not return calls Wednesday"), nor an infinitive of purpose after the day.
  const negated = /^(?:not|n't|n’t)$/i.test(previous?.text ?? '');
  // (Nor a noun after a preposition, wink's verb: "broke up a minute after launch on Tuesday".)
  const nounAfterPreposition = /^(?:after|before|since|following|during|at|of|from)$/i.test(previous?.text ?? '');
  // "The saga has run for most of January": a perfect's participle tells what has been.
  if (SCHEDULE.has(word) && PERFECT.test(previous?.text ?? '')) return 'past';
  if (SCHEDULE.has(word) && scheduled() && !modifier && !negated && !nounAfterPreposition && !(afterSpan && previous?.text.toLowerCase() === 'to') && !isCaption(tokens, i)) return 'future';
  // "Tickets go on sale at 9am on Monday" (not "the rural stores go first").
  if (word === 'go' && /^on$/i.test(tokens[i + 1]?.text ?? '') && scheduled() && !negated) return 'future';
  // "The choir is holding a concert on Saturday": a timetable's verb in the present progressive is an arrangement ahead.
  // (Not a possessive's "'s": "at Tuesday's meeting"; "'s" is "is" after a pronoun, "she's holding".)
  const be = /^(?:is|are|am|['’]re)$/i.test(previous?.text ?? '') || (/^['’]s$/.test(previous?.text ?? '') && tokens[i - 2]?.pos === 'PRON');
  if (be && isScheduledProgressive(word)) return 'future';
  // "tumbled on Thursday after it forecast weak sales": a forecast made, past.
  if (word === 'forecast' && /^(?:it|he|she)$/i.test(previous?.text ?? '')) return 'past';
  // "after the central bank cut its key rate on Tuesday": a verb whose past is its base form, after a
  // singular subject and before its object, is past ("will cut", "they cut" tell nothing; nor does the
  // noun wink may read as a verb: "keeps September cut in play").
  const object = /^(?:DET|PRON|NOUN|NUM|ADJ|PROPN)$/.test(tokens[i + 1]?.pos ?? '');
  // (… or after a relative pronoun: "Telmora, which cut 900 jobs in March".)
  if (SAME_FORM_PAST.has(word) && tokens[i].pos === 'VERB' && object && previous !== undefined && (isSingularSubject(previous) || /^(?:which|who)$/i.test(previous.text))) return 'past';
  // "In November the agency cut its productivity forecast": a noun after the day tells no tense (not
  // "analysts forecast a cut", nor "the forecast for June").
  if (afterSpan && /^forecasts?$/.test(word) && previous !== undefined && isNounBefore(previous)) return null;
  // "The group plans a protest on Wednesday": the verb after its subject, with its object (wink may read a
  // noun), not "the plans the board made".
  const subject = tokens[i].pos === 'VERB' || /^(?:NOUN|PROPN|PRON)$/.test(previous?.pos ?? '');
  if (/^plans?$/.test(word) && subject && tokens[i + 1]?.pos === 'DET') return 'future';
  // "I have a wedding on Saturday": an appointment held (not "we have a drug").
  if (/^(?:have|has)$/.test(word) && /^an?$/i.test(tokens[i + 1]?.text ?? '') && APPOINTMENTS.has(tokens[i + 2]?.text.toLowerCase() ?? '')) return 'future';
  // "warned of rain on Saturday": what a warning is of lies ahead of it ("warned in March that …" is past).
  // (Not what had been warned of, a storm now over: "Forecasters had warned of gales on Friday evening".)
  if (word === 'warned' && /^of$/i.test(tokens[i + 1]?.text ?? '')) return /^had$/i.test(previous?.text ?? '') ? 'past' : 'future';
  // "approved the plan for 90 flats on Monday", "approved Castlemere Homes' plan for …": a plan's noun says nothing of
  // when, unless it is for an appointment ("a plan for a vote on Friday").
  const owned = previous !== undefined && (previous.pos === 'DET' || POSSESSIVES.test(previous.text) || /^(?:['’]s?)$/.test(previous.text));
  if (/^plans?$/.test(word) && owned && tokens[i + 1]?.text.toLowerCase() === 'for') {
    return tokens.slice(i + 2, i + 2 + PLAN_REACH).some((t) => APPOINTMENTS.has(t.text.toLowerCase())) ? 'future' : null;
  }
  // "had last been inspected in October": a perfect's "been" tells what has been, over an adverb (not what was said of
  // what lies ahead: "has been rumored to be released in May").
  if (word === 'been' && tokens[i + 1]?.pos === 'VERB' && !/^to$/i.test(tokens[i + 2]?.text ?? '') && PERFECT.test((/^(?:ADV|ADJ)$/.test(previous?.pos ?? '') ? tokens[i - 2] : previous)?.text ?? '')) return 'past';
  if (FUTURE.has(word)) {
    // "abandoned a planned rights issue on Tuesday": a plan given up, the day the giving up's.
    if (word === 'planned' && /^(?:a|an|the|its|their)$/i.test(previous?.text ?? '') && ABANDONS.test(tokens[i - 2]?.text ?? '')) return 'past';
    // "which had been due to load on Monday": a plan of the past, its day gone.
    if (previous?.text.toLowerCase() === 'been' && tokens[i - 2]?.text.toLowerCase() === 'had') return 'past';
    // (A "can" after the day is another clause's ability: "after rain on Monday, and the unit says it can work".)
    if (word === 'can' && afterSpan) return null;
    // (A noun after its determiner is no verb of looking ahead: "before the eye came ashore".)
    if (/^eyes?$/.test(word) && previous !== undefined && (previous.pos === 'DET' || POSSESSIVES.test(previous.text))) return null;
    const needs = FUTURE_NEEDS[word];
    if (!needs) return 'future';
    const next = i + 1 < end ? tokens[i + 1].text.toLowerCase() : '';
    return needs.test(next) ? 'future' : null;
  }
  const verb = tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX';
  if (!PAST.has(word) && !(verb && /^[a-z]{2,}ed$/.test(word))) return null;
  // "We've got until the fall": "have got" is having, now.
  if (word === 'got' && /^(?:have|has|'ve|’ve|'s|’s)$/i.test(previous?.text ?? '')) return null;
  // "on Friday, led by a portrait", "a demonstration on Sunday organised by …": a participle and its agent
  // after the day describe, they tell no time; nor does a sequence's after a comma before it (", followed by Sorvane on Friday").
  if (tokens[i + 1]?.text === 'by' && (afterSpan || (previous?.text === ',' && /^(?:followed|preceded)$/.test(word)))) return null;
  // "to appear in court on Thursday charged with escaping": a charge after the day describes the accused.
  if (afterSpan && CHARGED.test(word) && /^(?:with|of)$/i.test(tokens[i + 1]?.text ?? '') && !PERFECT.test(previous?.text ?? '') && previous?.pos !== 'AUX') return null;
  return isParticiple(tokens, i) ? null : 'past';
}

/** Past verbs that give up a plan: "abandoned a planned rights issue". */
const ABANDONS = /^(?:abandoned|cancell?ed|scrapped|dropped|shelved|axed|ditched)$/i;

const MAX_ASIDE = 12;

/** Whether the noun phrase that ends at token `i` follows a verb, whose object it is: "kept [the doors]". */
function isObject(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k > 0 && tokens[k - 1].sentence === tokens[i].sentence && /^(?:DET|ADJ|NOUN|NUM)$/.test(tokens[k - 1].pos)) k--;
  return k > 0 && tokens[k - 1].sentence === tokens[i].sentence && /^(?:VERB|AUX)$/.test(tokens[k - 1].pos);
}

/**
 * "Dunmore Rovers, who are five points clear, host …", "Its sister fund, Velmar Teachers, reports …": the
 * verb right after a relative clause or an apposition set off by commas.
 */
function afterRelativeAside(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  for (let k = i - 2; k > 0 && i - k <= MAX_ASIDE && tokens[k].sentence === tokens[i].sentence; k--) {
    if (tokens[k].text === ',') return /^(?:who|which)$/i.test(tokens[k + 1]?.text ?? '') || (tokens[k - 1]?.pos === 'NOUN' && tokens[k + 1]?.pos === 'PROPN');
  }
  return false;
}

/** Verbs whose past is their base form. */
const SAME_FORM_PAST = new Set(['cut', 'put', 'hit', 'let', 'shut', 'cost', 'quit', 'spread', 'hurt', 'bid', 'burst', 'cast', 'split', 'upset', 'shed']);

/** "it", "he", "she", a singular noun or a name: a subject whose present verb would end in -s. */
function isSingularSubject(token: Token): boolean {
  return /^(?:it|he|she)$/i.test(token.text) || ((token.pos === 'NOUN' || token.pos === 'PROPN') && !/s$/i.test(token.text));
}

/** A word that makes the next one a noun: a determiner, an adjective, a possessive, a singular noun ("the", "gloomy", "its", "'s", "productivity"). */
function isNounBefore(previous: Token): boolean {
  return /^(?:DET|ADJ)$/.test(previous.pos) || /^(?:its|their|his|her|our|my|your|['’]s)$/i.test(previous.text) || (previous.pos === 'NOUN' && !/s$/i.test(previous.text));
}

const ATTRIBUTIVE_AFTER = new Set(['VERB', 'AUX', 'DET', 'ADP']);

function isParticiple(tokens: readonly Token[], i: number): boolean {
  // A compound's part is an adjective: "a well-equipped team", "state-owned firms", "a closed-door briefing" (not a
  // relative clause's verb: "a balloon that crash-landed on Saturday").
  const compounded = /^[-‐‑]$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 1].end === tokens[i].start;
  if (compounded && /^(?:that|which|who)$/i.test(tokens[i - 3]?.text ?? '')) return false;
  if (compounded) return true;
  if (/^[-‐‑]$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 1].start === tokens[i].end) return true;
  // Right after an article it is an adjective whatever wink reads next: "with a phased go-live".
  if (/^(?:a|an|the)$/i.test(tokens[i - 1]?.text ?? '')) return true;
  // Between a verb or a determiner and a noun it is an adjective: "will publish updated projections",
  // "to publish updated KB-217 data" (not before a day: "the company announced Monday").
  const next = tokens[i + 1];
  // (… an adjective and a noun too: "will publish updated regional price data".)
  const nominal = next?.pos === 'NOUN' || (next?.pos === 'PROPN' && weekdayNumber(next.text) === undefined && monthNumber(next.text) === undefined) || (next?.pos === 'ADJ' && tokens[i + 2]?.pos === 'NOUN');
  // (A name wink reads as a verb is the subject: "Tom Shedding told reporters".)
  if (nominal && ATTRIBUTIVE_AFTER.has(tokens[i - 1]?.pos ?? '') && !/^\p{Lu}/u.test(tokens[i - 1].text)) return true;
  // Right after a preposition it is an adjective whatever wink reads next: "will remain on paid leave", "for affected
  // workers" (wink may read "for" as a conjunction).
  if ((tokens[i - 1]?.pos === 'ADP' || /^(?:for|with|of)$/.test(tokens[i - 1]?.text ?? '')) && /^\p{Ll}+$/u.test(tokens[i - 1].text) && tokens[i - 1].text !== 'to' && /^\p{Ll}/u.test(next?.text ?? '')) return true;
  let before = i - 1;
  // An adverb or an opening quote may stand between: "will be \"claimed by …\"".
  while (before >= 0 && i - before <= 2 && (tokens[before].pos === 'ADV' || /^["“‘']$/.test(tokens[before].text))) before--;
  if (before < 0 || !PARTICIPLE_AFTER.has(tokens[before].text.toLowerCase())) return false;
  // "Moody's said": the "'s" of a name, no "is" ("It's said", "He's gone").
  return !(/^['’]s$/.test(tokens[before].text) && isNameBefore(tokens, before));
}

const PRONOUN_BEFORE_S = /^(?:it|he|she|that|there|what|who|this|here|where)$/i;

function isNameBefore(tokens: readonly Token[], i: number): boolean {
  const name = tokens[i - 1];
  return name !== undefined && name.end === tokens[i].start && /^\p{Lu}/u.test(name.text) && !PRONOUN_BEFORE_S.test(name.text);
}

const MAX_INVERTED_SUBJECT = 4;

/** Whether a verb comes after token `from` in its sentence. */
function hasVerbAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && tokens[k].sentence === tokens[from].sentence; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  return false;
}

/** Whether a name ends the clause from `i`: the speaker after the verb, ", said Ana Ruiz." */
function isInvertedSubject(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length && k - i < MAX_INVERTED_SUBJECT && tokens[k].pos === 'PROPN') k++;
  return k > i && (tokens[k] === undefined || tokens[k].pos === 'PUNCT');
}

/** Verbs that tell someone's words. */
const REPORTING_VERBS = 'said|says|told|tells|stated|added|announced|confirmed|noted|reported|wrote';
/** After one of them a day dates the reporting, not the reported fact ("said on Wednesday"). */
// (… over whom it was told, up to three words: "told Telco Ledger on Thursday", "told the BBC on Monday".)
const REPORTING_BEFORE = new RegExp(`\\b(?:${REPORTING_VERBS})\\s+(?:\\w+\\s+){0,3}(?:on\\s+)?$`, 'i');
const REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`, 'i');

/** Whether a date right after `before` dates the telling ("the port said on Tuesday"), not the story. */
export function datesTheTelling(before: string): boolean {
  return REPORTING_BEFORE.test(before);
}

/** Whether a sentence tells someone's words. */
export function tellsWords(sentence: string): boolean {
  return REPORTING.test(sentence);
}

/** Verbs of attribution: after the span and a comma they report the sentence (", officials said"), not its time. */
const ATTRIBUTION = new Set(['said', 'says', 'told', 'added', 'announced', 'reported', 'stated', 'confirmed', 'wrote']);

/** Words that start another clause: a marker beyond one speaks of another event. */
const CLAUSE_BREAKS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', ';']);
/**
 * Words that start a clause after the span's: "will rise from April after councillors approved …", "would begin on
 * Thursday, once conditions allowed" (before it, "after" may lead a phrase of the span's clause).
 */
const LATER_CLAUSE = new Set(['after', 'because', 'once']);
/** Words opening a reported clause right after a day: "that", or its subject without it. */
const REPORTED_OPENING = /^(?:that|it|he|she|they|we)$/i;

const MODIFIERS = new Set(['ADJ', 'ADV', 'NUM']);

/** A word that starts another clause; "and" between modifiers or names joins them ("a large and well-equipped team"). */
function isClauseBreak(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].text.toLowerCase();
  // ", reversing part of the increases they made", ", warning that …": a participle's clause after a comma.
  const next = tokens[k + 1];
  if (word === ',' && next !== undefined && /^\p{Ll}+ing$/u.test(next.text) && (next.pos === 'VERB' || FUTURE.has(next.text))) return true;
  if (!CLAUSE_BREAKS.has(word)) return false;
  // Inside a compound: "search-and-rescue".
  if (tokens[k - 1]?.end === tokens[k].start || tokens[k + 1]?.start === tokens[k].end) return false;
  // (Nor between two names: "will reach Stockholm and Oslo in May".)
  const joins = (pos: ReadonlySet<string>) => pos.has(tokens[k - 1]?.pos ?? '') && pos.has(tokens[k + 1]?.pos ?? '');
  return word !== 'and' || !(joins(MODIFIERS) || joins(NAMES));
}

/** Parts of speech of names, which "and" joins into a list: "Stockholm and Oslo". */
const NAMES = new Set(['PROPN']);

/**
 * The tense nearest to a span inside its clause, else inside its sentence: the closest future or
 * past marker, by tokens, the one before the span winning a tie ("said on Thursday that it will …"
 * → past for Thursday; "took effect on Sunday and will hold …" → past).
 */
export function tenseNear(tokens: readonly Token[], sentence: Sentence, start: number, end: number): Tense {
  let first = sentence.tokenStart;
  while (first < sentence.tokenEnd && tokens[first].end <= start) first++;
  let last = first;
  while (last < sentence.tokenEnd && tokens[last].start < end) last++;
  let from = first;
  while (from > sentence.tokenStart && !isClauseBreak(tokens, from - 1)) from--;
  let to = last;
  // "said on Wednesday that those responsible will face …", "said in a statement Tuesday it would close": the clause
  // "that" or a subject opens after the day has its own tense.
  while (to < sentence.tokenEnd && !isClauseBreak(tokens, to) && !LATER_CLAUSE.has(tokens[to].text.toLowerCase()) && !(to === last && REPORTED_OPENING.test(tokens[to].text))) to++;
  const [clauseFrom, clauseTo] = asideAround(tokens, first, last, from, to, (k) => opensParticiple(tokens, k), false);
  [from, to] = asideAround(tokens, first, last, clauseFrom, clauseTo, (k) => opensRelative(tokens, k), true);
  if (isInCondition(tokens, first, sentence.tokenStart)) return 'future';
  const placed = placedByAdjective(tokens, first) ?? closedOn(tokens, first, last);
  if (placed) return placed;
  const clause = nearestMarker(tokens, first, last, from, to, sentence.tokenEnd);
  // A relative clause says its own time or none: "has opened a probe, a move that pushes the decision
  // into the summer", "will rise, said the bank, which cut rates in February".
  if (from !== clauseFrom && clause === null) return null;
  // "could not be composed before the summer, and Kelmar has signalled …": a limit with no tense in
  // its clause lies ahead, whatever another clause tells.
  // (… a limit's possessor too: "before Friday's deadline", the preposition left out of the span.)
  const limit = LIMITS.test(tokens[first]?.text ?? '') || (/^['’]s$/.test(tokens[last]?.text ?? '') && LIMITS.test(tokens[first - 1]?.text ?? ''));
  if (!clause && limit) return 'future';
  // "… ordering the agencies to report back by 5 p.m. on Friday": a deadline an infinitive sets lies ahead.
  if (!clause && /^by$/i.test(tokens[first]?.text ?? '') && hasInfinitive(tokens, sentence.tokenStart, first)) return 'future';
  if (clause !== 'future' && extendsTo(tokens, first, from, clause)) return 'future';
  return clause ?? nearestMarker(tokens, first, last, sentence.tokenStart, sentence.tokenEnd, sentence.tokenEnd);
}

const LIMITS = /^(?:before|until|till)$/i;
/**
 * "a premium to the closing price on Monday", "to Monday's close", "Friday's closing price": a price a market closed at on a day is
 * past, whatever is promised for it (not "will close on Monday").
 */
function closedOn(tokens: readonly Token[], first: number, last: number): Tense {
  const before = /^prices?$/i.test(tokens[first - 1]?.text ?? '') && /^closing$/i.test(tokens[first - 2]?.text ?? '');
  const after = /^['’]s$/.test(tokens[last]?.text ?? '') && /^(?:close|closing)$/i.test(tokens[last + 1]?.text ?? '');
  return before || after ? 'past' : null;
}
const PLACING = /^(?:last|previous|prior|next|upcoming)$/i;

/** "at the last sale on February 18", "the next policy meeting on May 5": an event the adjective before its noun places. */
function placedByAdjective(tokens: readonly Token[], first: number): Tense {
  let k = first - 1;
  if (tokens[k]?.pos !== 'NOUN') return null;
  if (tokens[k - 1]?.pos === 'NOUN') k--;
  const word = tokens[k - 1]?.text ?? '';
  // ("will sail their last race in July": an owner's last one is the final one, the clause says when.)
  if (/^last$/i.test(word) && POSSESSIVES.test(tokens[k - 2]?.text ?? '')) return null;
  return PLACING.test(word) ? (/^(?:next|upcoming)$/i.test(word) ? 'future' : 'past') : null;
}

/** "to report (back)": an infinitive within [from, to), not a preposition's "to" ("according to figures"). */
function hasInfinitive(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (/^to$/i.test(tokens[k].text) && tokens[k + 1].pos === 'VERB' && !PREPOSITION_TO.test(tokens[k - 1]?.text ?? '')) return true;
  }
  return false;
}

const PREPOSITION_TO = /^(?:according|due|prior|up|compared|next|close|thanks|owing|relative|similar|contrary|addition)$/i;

/** Past verbs that set something in force for a time: "extended its warning until Saturday". */
const PUT_IN_FORCE = new Set(
  `extended issued imposed declared ordered closed shut suspended halted postponed delayed deferred adjourned banned
  barred kept placed put raised remanded granted gave set`.split(/\s+/),
);

/**
 * "extended its warning until Saturday", "has issued warnings through Friday morning": what was put
 * in force, or what the clause says without a tense, holds until a weekday that lies ahead; what
 * happened through it ("sold shares through Wednesday") is past.
 */
function extendsTo(tokens: readonly Token[], first: number, from: number, clause: Tense): boolean {
  if (!/^(?:until|till|through)$/i.test(tokens[first]?.text ?? '') || weekdayNumber(tokens[first + 1]?.text ?? '') === undefined) return false;
  if (clause === null) return true;
  // (Not what "had" been put in force: "had issued a warning through Friday night" is over.)
  for (let k = first - 1; k >= from; k--) if (PUT_IN_FORCE.has(tokens[k].text.toLowerCase())) return tokens[k - 1]?.text.toLowerCase() !== 'had';
  return false;
}

const MAX_CONDITION = 14;

/**
 * "… if the ship is freed by the weekend", "would audit it if it won the election on 7 May": a condition
 * still to be met, not in a past perfect ("if it had …") nor a past question ("did not say if it sailed on Monday").
 */
function isInCondition(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  let past = false;
  for (let k = first - 1; k >= sentenceStart && first - k <= MAX_CONDITION; k--) {
    const word = tokens[k].text.toLowerCase();
    if (word === 'unless') return true;
    if (word === 'if') return !past || !ASKING.test(tokens[k - 1]?.text ?? '');
    if (word === 'had' || word === ',' || word === ';') return false;
    past ||= PAST.has(word) || (tokens[k].pos === 'VERB' && /ed$/.test(word));
  }
  return false;
}

/** Words before "if" that make it ask whether, not set a condition: "did not say if", "unclear if". */
const ASKING = /^(?:say|said|says|tell|told|ask|asked|asks|know|knew|unclear|clear|sure|wondered|wonder|check|checked|see|saw|confirm|confirmed)$/i;

/**
 * Within [from, to), the aside around a span from the comma before it where `opens` says one starts
 * to the next comma ([from, to) as it is when there is none, unless `toEnd` lets the aside run on):
 * - a past participle's: "The walkout, called by the union on Monday, runs until Friday" dates the
 *   calling, not the running;
 * - a relative clause's (toEnd): "Winds, which gusted at 70 km/h on Monday, will ease", "Ana Ruiz,
 *   who meets the board on Friday, said …" take their tense from the clause's own verb.
 */
function asideAround(tokens: readonly Token[], first: number, last: number, from: number, to: number, opens: (k: number) => boolean, toEnd: boolean): [number, number] {
  let open = first - 1;
  while (open >= from && tokens[open].text !== ',') open--;
  if (open < from || !opens(open + 1)) return [from, to];
  let close = last;
  while (close < to && tokens[close].text !== ',') close++;
  return close < to || toEnd ? [open + 1, close] : [from, to];
}

/** A past participle opens an aside at `k`: "called by the union …". */
function opensParticiple(tokens: readonly Token[], k: number): boolean {
  const opener = tokens[k];
  return opener !== undefined && opener.pos === 'VERB' && (PAST.has(opener.text.toLowerCase()) || /[^e]ed$|^\p{Ll}+en$/u.test(opener.text));
}

const MAX_APPOSITION_NOUN = 3;

/**
 * A relative clause opens at `k`: "which …", "who …", or one after a noun in apposition ("a result
 * that could lift the market", "a move that pushes the decision into the summer", "a move aimed at …").
 */
function opensRelative(tokens: readonly Token[], k: number): boolean {
  if (/^(?:which|who)$/i.test(tokens[k]?.text ?? '')) return true;
  if (!/^(?:a|an|the)$/i.test(tokens[k]?.text ?? '')) return false;
  for (let j = k + 1; j <= k + MAX_APPOSITION_NOUN && j < tokens.length; j++) {
    // "…, a move aimed at propping up prices": a participle after the noun opens a reduced one.
    const participle = /^\p{Ll}+ed$/u.test(tokens[j].text) && tokens[j].pos === 'VERB';
    if (/^(?:that|which)$/i.test(tokens[j].text) || participle) return j > k + 1 && tokens[j - 1].pos === 'NOUN';
    if (!/^(?:NOUN|ADJ)$/.test(tokens[j].pos)) return false;
  }
  return false;
}

/** Verbs whose infinitive complement is still to happen: "agreed to cut output from April", "expected prices to climb in the second quarter". */
const COMMITS = new Set(
  `agreed agree agrees decided decide decides voted vote votes promised promise promises pledged pledge pledges vowed vow vows
  expected expecting asked urged ordered approved wants wanted seeks threatened threatens offered offers proposed proposes
  hoped hopes aimed intended planned prepared committed moved threat threats promise pledge bid decision`.split(/\s+/),
);
const MAX_COMMIT_OBJECT = 6;

/** Verbs that set a deadline for what they ask or expect: "expected approval by June", "demanded a response by Friday". */
const DEADLINE_SETTERS = new Set(
  `expected expecting expects expect asked asks wants wanted sought seeks demanded demands demand hoped hopes want`.split(/\s+/),
);

/** Token `i` opens an infinitive that a verb of deciding or expecting governs: the span after it is ahead of that verb. */
function isForwardInfinitive(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].text.toLowerCase() !== 'to' || tokens[i + 1]?.pos !== 'VERB') return false;
  const verb = isGovernedBy(tokens, i, COMMITS);
  return verb >= 0 && !isRefused(tokens, verb);
}

/**
 * The tense of a date after an infinitive a verb of deciding governs: ahead ("agreed to cut output from April"), but a
 * weekday after a past decision is the decision's day, as news dates its deeds ("agreed to buy Maplethorpe on Monday").
 */
function committedDay(tokens: readonly Token[], first: number, last: number, to: number): Tense {
  const at = isGovernedBy(tokens, to, COMMITS);
  // (Not a passive's or a perfect's: "is expected to sign on Monday", "has agreed to meet on Friday".)
  const past = at >= 0 && /ed$/.test(tokens[at].text) && !/^(?:is|are|was|were|be|been|being|has|have|had|['’]ve)$/i.test(tokens[at - 1]?.text ?? '');
  const weekday = (tokens.slice(first, last).some((t) => weekdayNumber(t.text) !== undefined) || isClockOnWeekday(tokens, last)) && !/^(?:by|until|till|before|from)$/i.test(tokens[first].text);
  return past && weekday ? 'past' : 'future';
}

/** How many tokens after a clock time may name its weekday: "at 4:17 a.m. EST (0917 GMT) on Sunday". */
const CLOCK_DAY_REACH = 6;

/** Whether "on" and a weekday follow a span within a few tokens of its sentence, no verb between. */
function isClockOnWeekday(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < last + CLOCK_DAY_REACH && k + 1 < tokens.length && tokens[k].sentence === tokens[last - 1].sentence; k++) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
    if (/^on$/i.test(tokens[k].text) && weekdayNumber(tokens[k + 1].text) !== undefined) return true;
  }
  return false;
}

/** Verbs that refuse a bid or a plan: what it aimed at will not happen, so the day is the refusal's. */
const REFUSALS = new Set(`rejected denied dismissed refused blocked overturned quashed struck vetoed`.split(/\s+/));
const MAX_REFUSED_OBJECT = 5;

/** "rejected Visa's bid to dismiss the case on Monday": the plan at `k` is a refused one. */
function isRefused(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= MAX_REFUSED_OBJECT && tokens[j].sentence === tokens[k].sentence; j--) {
    if (REFUSALS.has(tokens[j].text.toLowerCase())) return true;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'PUNCT') return false;
  }
  return false;
}

/** Verbs whose object is still to come: "expects a cut in May", "has invited them to talks on Thursday", "has called them to a rally on Thursday". */
const EXPECTATIONS = new Set(`expected expects expect expecting anticipated anticipates predicted predicts invited summoned convened called`.split(/\s+/));

/** Words before a past form of expecting that keep its object ahead: a perfect ("has invited") or reported speech ("said she expected"). */
const STILL_AHEAD = new Set(['has', 'have', 'said', 'says', 'told', 'adding', 'added', 'saying']);
const MAX_REPORTED_GAP = 6;

/**
 * A deadline ("by Friday", "before Friday") on what a verb of asking or expecting wants, or a date of what a verb of
 * expecting or inviting looks forward to: ahead of that verb. A past form of expecting looks ahead
 * only as a perfect or in reported speech ("said she expected a cut in May"), not told as what was
 * expected then ("Analysts expected a cut in January, but …").
 */
function isLookedForward(tokens: readonly Token[], i: number): boolean {
  if (/^(?:by|before)$/i.test(tokens[i].text)) return isGovernedBy(tokens, i, DEADLINE_SETTERS) >= 0;
  const verb = isGovernedBy(tokens, i, EXPECTATIONS);
  if (verb < 0) return false;
  if (!/ed$/.test(tokens[verb].text)) return true;
  // "called" invites only as a perfect and to somewhere: "has called both sides back to the table" ("called a strike" is done).
  // … or an event it summons: "has called a protest outside the store at noon on Saturday".
  if (tokens[verb].text.toLowerCase() === 'called') {
    const summoned = /^an?$/i.test(tokens[verb + 1]?.text ?? '') && CALLED_EVENTS.test(tokens[verb + 2]?.text ?? '');
    return /^(?:has|have)$/i.test(tokens[verb - 1]?.text ?? '') && (summoned || tokens.slice(verb + 1, i).some((t) => t.text.toLowerCase() === 'to'));
  }
  for (let k = verb - 1; k >= 0 && verb - k <= MAX_REPORTED_GAP && tokens[k].sentence === tokens[verb].sentence; k--) {
    if (STILL_AHEAD.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

/** Events one calls, which lie ahead of the calling: "has called a strike". */
const CALLED_EVENTS = /^(?:protest|strike|rally|meeting|vote|election|walkout|referendum|march|vigil|demonstration|boycott|summit|hearing)$/i;

const QUOTE_MARK = /^["“”‘’']$/;

/** The index of one of `verbs` before token `i` with at most a short object between, or -1. */
function isGovernedBy(tokens: readonly Token[], i: number, verbs: ReadonlySet<string>): number {
  // Hyphens of a compound in the object count for nothing: "expected another 50-basis-point cut in May";
  // nor do quotation marks: "expected a first hearing 'before the summer break'".
  let words = 0;
  for (let k = i - 1; k >= 0 && words <= MAX_COMMIT_OBJECT + INVITED_PLACE && tokens[k].sentence === tokens[i].sentence; k--) {
    if (isCompoundHyphen(tokens, k) || QUOTE_MARK.test(tokens[k].text)) continue;
    words++;
    const word = tokens[k].text.toLowerCase();
    // A past perfect puts the plan and what it planned before the telling: "had threatened to walk out on Thursday".
    // An invitation's object may say where: "invited both sides to a meeting in Brussels on Thursday".
    if (verbs.has(word)) return tokens[k - 1]?.text.toLowerCase() !== 'had' && (words <= MAX_COMMIT_OBJECT + 1 || INVITING.has(word)) ? k : -1;
    // "to talks": a plural noun wink reads as a verb after "to".
    const nounAfterTo = tokens[k - 1]?.text.toLowerCase() === 'to' && /^(?:talks|consultations|negotiations|celebrations)$/.test(word);
    if (tokens[k].pos === 'PUNCT' || (tokens[k].pos === 'VERB' && !nounAfterTo)) return -1;
  }
  return -1;
}

/** Verbs of inviting, whose object names the meeting and where it is held. */
const INVITING = new Set(['invited', 'summoned', 'convened', 'called']);
/** Words an invitation's object may take to say where: "in Brussels", "back to the table". */
const INVITED_PLACE = 3;

/** A hyphen joined to the words either side of it. */
function isCompoundHyphen(tokens: readonly Token[], k: number): boolean {
  return /^[-‐‑]$/.test(tokens[k].text) && tokens[k - 1]?.end === tokens[k].start && tokens[k + 1]?.start === tokens[k].end;
}

/** The marker nearest to tokens [first, last) within [from, to), looking before and after alternately. */
function nearestMarker(tokens: readonly Token[], first: number, last: number, from: number, to: number, sentenceEnd: number): Tense {
  // A date inside a noun phrase ("to investigate the weekend ice storm") is no time of the infinitive's.
  const attributive = tokens[last]?.pos === 'NOUN' || tokens[last]?.pos === 'ADJ';
  if (isLookedForward(tokens, first)) return 'future';
  // "…, most recently in December", "as recently as March": a time already past, whatever the clause's verbs.
  const recently = (k: number) => /^(?:recently|previously|formerly)$/i.test(tokens[k]?.text ?? '');
  if (recently(first - 1) || (/^as$/i.test(tokens[first - 1]?.text ?? '') && recently(first - 2))) return 'past';
  if (isPassiveAgentBefore(tokens, first, from, sentenceEnd)) return 'past';
  const aside = relativeAsides(tokens, last, to);
  // "On Monday, he told MPs that …": after a day that opens the sentence, the telling is the sentence's own verb.
  const opening = first === 0 || tokens[first - 1].sentence !== tokens[first].sentence;
  for (let d = 0; first - 1 - d >= from || last + d < to; d++) {
    const before = first - 1 - d >= from ? (!attributive && isForwardInfinitive(tokens, first - 1 - d) ? committedDay(tokens, first, last, first - 1 - d) : marker(tokens, first - 1 - d, sentenceEnd, false)) : null;
    if (before) return before;
    const after = last + d < to && !aside[d] && (opening || !isAttribution(tokens, last, last + d)) ? marker(tokens, last + d, sentenceEnd, true) : null;
    if (after) return after;
  }
  return null;
}

const MAX_AGENT_PHRASE = 6;

/** "a draft law approved by the cabinet on Tuesday": a past participle and its agent just before the day date the deed. */
function isPassiveAgentBefore(tokens: readonly Token[], first: number, from: number, sentenceEnd: number): boolean {
  for (let k = first - 1; k > from && first - k <= MAX_AGENT_PHRASE; k--) {
    if (tokens[k].pos === 'PUNCT' || marker(tokens, k, sentenceEnd, false) === 'future') return false;
    // After the noun it describes, not after "be" ("would be claimed by … by Tuesday" has its tense from "would").
    const participle = /^\p{Ll}+ed$/u.test(tokens[k - 1].text) && tokens[k - 1].pos === 'VERB' && /^(?:NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? '');
    if (tokens[k].text === 'by' && participle) return true;
  }
  return false;
}

/**
 * Which tokens after `last` (by distance) stand in a relative clause between commas: "On Wednesday the
 * agency, which runs testing, said …" has its tense from "said", not "runs".
 */
function relativeAsides(tokens: readonly Token[], last: number, to: number): boolean[] {
  const aside: boolean[] = [];
  let inside = false;
  for (let k = last; k < to; k++) {
    if (tokens[k].text === ',' && opensRelative(tokens, k + 1)) inside = true;
    else if (inside && tokens[k].text === ',') {
      aside[k - last] = true;
      inside = false;
      continue;
    }
    aside[k - last] = inside;
  }
  return aside;
}

/**
 * Whether token `i`, after the span ending at `last`, is an attribution verb behind a comma: it ends
 * the sentence or its clause (", officials said." / ", she said, adding …"), or its subject and
 * object are a source and an outlet (", sources told Reuters over the weekend."). With another object
 * it is a verb of the story ("said on Thursday that it will …").
 */
function isAttribution(tokens: readonly Token[], last: number, i: number): boolean {
  if (!ATTRIBUTION.has(tokens[i].text.toLowerCase())) return false;
  const next = tokens[i + 1];
  // ", the diocese said on Thursday.": only a phrase of its own time after it, no other verb.
  const ends = next === undefined || next.pos === 'PUNCT' || (next.pos === 'ADP' && !hasVerbAfter(tokens, i + 1));
  const toOutlet = tokens[i].text.toLowerCase() === 'told' && next?.pos === 'PROPN' && tokens[i - 1]?.pos !== 'PROPN' && tokens[i - 2]?.text === ',';
  if (!ends && !toOutlet && !isInvertedSubject(tokens, i + 1)) return false;
  for (let k = last; k < i; k++) if (tokens[k].text === ',') return true;
  return false;
}
