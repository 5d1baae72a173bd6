/**
 * Type evidence from the words around a mention, beyond the tagger: organizations have chiefs,
 * officials and shares, speak "in a statement", are listed with other organizations and are
 * described as "the computer maker"; people are "Mr.", have ages, wives and lawyers, and are
 * described as "an official". Scores are counts of cues, strong cues counting double.
 */
import type { EntityType, LocalMention, Token } from '../types';
import { isHonorific, isTitleWord } from './titles';
import { isCalendarWord } from './calendar';
import { isPossessive } from './words';
import { tokenIndexAt } from '../nlp/tokens';

export interface TypeEvidence {
  org: number;
  person: number;
}

/** What only an organization has: "Acme's shareholders", "Acme officials". */
const ORG_MEMBERS = new Set(
  `ceo cfo chairman chairwoman president director chief head officials official executives executive
  employees staff engineers scientists spokesman spokeswoman spokesperson shareholders shares stock
  board headquarters subsidiary unit division customers website products`.split(/\s+/),
);
/** Of these, the ones a person can also have ("the senator's spokesman", "her staff"). */
const SHARED_MEMBERS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'staff', 'official', 'officials', 'head', 'chief']);

/** Head nouns that describe an organization in apposition: "Acme, the chip maker,". */
const ORG_NOUNS = new Set(
  `agency company firm group organization organisation corporation ministry department institute
  network bank authority party union university service maker manufacturer provider carrier retailer
  developer producer operator giant startup start-up chipmaker automaker conglomerate newspaper
  broadcaster publisher lab laboratory association federation council commission court charity
  consultancy outfit brand team club`.split(/\s+/),
);

/** What only a person has: "Okafor's wife", "Okafor's lawyer". */
const PERSON_HAS = new Set(
  `wife husband son daughter mother father parents brother sister girlfriend boyfriend fiancee fiance
  lawyer lawyers attorney attorneys family children kids career birthday funeral`.split(/\s+/),
);

const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
/** People who work at a body: "lawyers at …", "executives at …". */
const WORKERS = /^(?:lawyers|attorneys|partners?|analysts?|economists?|executives?|researchers?|scientists?|engineers?|workers|employees|staff|managers?|bankers?|traders?|consultants?|associates?)$/;
/** What may stand between "said" and what was said, with days and months: "said on Tuesday that it …". */
const SPEECH_GAP = /^(?:on|late|early|last|this|that|today|yesterday|earlier|week|month|year|night)$/;
/** An auxiliary after "it" whose verb says what a body does: "said it would build". */
const IT_AUXILIARY = /^(?:would|will|could|may|might|had|has|plans|planned|expects|expected|intends|intended|aims|hoped|hopes|agreed)$/;
/** Verbs whose "it" is any thing or no thing at all: "said it would take years". */
const IMPERSONAL = /^(?:be|been|being|become|seem|appear|look|take|make|cost|mean|happen|matter|depend|rain|help|hurt)$/;
const SPEECH = new Set(['said', 'says', 'told']);
const LIST_WORDS = new Set([',', 'and', 'or']);
/** Words that end a phrase in apposition before its head is found. */
const PHRASE_END = new Set([',', '.', ';', ':', ')', 'of', 'for', 'at', 'with', 'in', 'that', 'who', 'which']);

export class MentionContext {
  private readonly typeByStart = new Map<number, EntityType>();
  private readonly typeByEnd = new Map<number, EntityType>();

  constructor(
    private readonly tokens: readonly Token[],
    mentions: readonly LocalMention[],
  ) {
    for (const m of mentions) {
      if (m.kind === 'DESCRIPTION') continue;
      this.typeByStart.set(m.start, m.type);
      this.typeByEnd.set(m.end, m.type);
    }
  }

  /**
   * Cues around one mention, typed by the document's other mentions for lists. `strict` leaves out
   * what people share with bodies: a full name "said in a statement" or "at" a place is still a person's.
   */
  evidence(m: LocalMention, strict = false): TypeEvidence {
    const tokens = this.tokens;
    const first = tokenIndexAt(tokens, m.start);
    if (first < 0 || tokens[first].start !== m.start) return { org: 0, person: 0 };
    let after = first;
    while (after < tokens.length && tokens[after].start < m.end) after++;
    const word = (i: number) => (i >= 0 && i < tokens.length ? tokens[i].text.toLowerCase() : '');
    const possessive = isPossessive(word(after));
    const next = possessive ? after + 1 : after;
    const e: TypeEvidence = { org: 0, person: 0 };

    if (m.roles.length > 0 || isHonorific(tokens[first - 1]?.text ?? '')) e.person += 2;
    if (possessive && PERSON_HAS.has(word(next))) e.person += 2;
    if (word(after) === ',' && /^\d+$/.test(word(after + 1)) && word(after + 2) === ',') e.person += 2;
    if (word(after) === ',' && word(after + 1) === 'who') e.person += 2;
    if (SPEECH.has(word(after)) && PERSON_PRONOUNS.has(word(after + 1))) e.person += 2;

    // Lower case: "By Ana Ruiz Staff Reporter" and "Contact: Ola Berg Head of Press" are bylines' titles.
    const member = ORG_MEMBERS.has(tokens[next]?.text ?? '') && /^(NOUN|PROPN)$/.test(tokens[next].pos);
    if (member && !(possessive && SHARED_MEMBERS.has(word(next)))) e.org += 2;
    if (SPEECH.has(word(after)) && this.saysItActs(after + 1)) e.org += 2;
    // "Acme cut its forecast", "Acme and its partner": a person's would be "his" or "her".
    if ((tokens[after]?.pos === 'VERB' || word(after) === 'and') && word(after + 1) === 'its' && !possessive) e.org += 2;
    const of = word(first - 1) === 'the' ? first - 2 : first - 1;
    if (word(of) === 'of' && isTitleWord(word(of - 1))) e.org += 2;
    const described = this.appositionHead(after);
    if (described !== undefined && ORG_NOUNS.has(described)) e.org += 2;
    if (described !== undefined && isTitleWord(described)) e.person += 2;
    if (word(after) === ',' && word(after + 1) === 'which') e.org += 1;
    if (this.listedWithOrg(first, after)) e.org += 1;
    // "lawyers at Hagens Berman", "a partner at Kelmar": people work at a body; "at Kelmar" alone says less.
    const at = word(first - 1) === 'at' && !possessive;
    const atWork = at && (WORKERS.test(word(first - 2)) || isTitleWord(word(first - 2)));
    if (atWork) e.org += 2;
    if (strict) return e;
    if (SPEECH.has(word(after)) && word(after + 1) === 'in' && /^(a|its)$/.test(word(after + 2)) && /^(statement|release)$/.test(word(after + 3))) e.org += 2;
    if (at && !atWork) e.org += 1;
    return e;
  }

  /**
   * "said (on Tuesday) it would build …": "it" speaks for the subject. Not "said it would take
   * years", where "it" is anything.
   */
  private saysItActs(from: number): boolean {
    const tokens = this.tokens;
    let i = from;
    while (i < from + 3 && (SPEECH_GAP.test(tokens[i]?.text.toLowerCase() ?? '') || isCalendarWord(tokens[i]?.text ?? ''))) i++;
    if (tokens[i]?.text.toLowerCase() !== 'it' || !IT_AUXILIARY.test(tokens[i + 1]?.text.toLowerCase() ?? '')) return false;
    const verb = tokens[i + 2];
    return verb?.pos === 'VERB' && !IMPERSONAL.test(verb.text.toLowerCase());
  }

  /** The head noun of ", the computer maker," / ", an official of …" after a mention. */
  private appositionHead(after: number): string | undefined {
    const tokens = this.tokens;
    if (tokens[after]?.text !== ',' || !/^(the|a|an)$/i.test(tokens[after + 1]?.text ?? '')) return undefined;
    let i = after + 2;
    while (i < tokens.length && i < after + 8 && !PHRASE_END.has(tokens[i].text.toLowerCase())) i++;
    return i > after + 2 ? tokens[i - 1].text.toLowerCase() : undefined;
  }

  /** "HP and Acme", "Acme, IBM or HP": next to an organization, joined by a comma or conjunction. */
  private listedWithOrg(first: number, after: number): boolean {
    const tokens = this.tokens;
    let prev = first - 1;
    while (prev > 0 && LIST_WORDS.has(tokens[prev].text) && prev > first - 3) prev--;
    let next = after;
    while (next < tokens.length - 1 && LIST_WORDS.has(tokens[next].text) && next < after + 2) next++;
    return (prev < first - 1 && this.typeByEnd.get(tokens[prev].end) === 'ORG') || (next > after && this.typeByStart.get(tokens[next].start) === 'ORG');
  }
}
