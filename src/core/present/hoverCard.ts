import type { Corpus } from '../corpus';
import type { Claim, DateMention, DateType, Entity, Span } from '../types';
import { commandLink, escapeMarkdown } from './markdown';
import { shorten } from '../text/format';
import { plural, typeLabel } from './kinds';
import { snippetMarkdown, snippetOf } from './snippet';

/** The commands hover links may run; the hover trusts exactly these. */
export const OPEN_MENTION = 'crosscheck.openMention';
export const SHOW_ALL_MENTIONS = 'crosscheck.showAllMentions';
export const REVEAL_IN_CLAIMS = 'crosscheck.revealInClaims';
export const HOVER_COMMANDS = [OPEN_MENTION, SHOW_ALL_MENTIONS, REVEAL_IN_CLAIMS];

/** Arguments of `crosscheck.openMention`. */
export interface MentionTarget extends Span {
  file: string;
}

/** Arguments of `crosscheck.showAllMentions`: an entity or a date value, and where the list was asked for. */
export interface AllMentionsTarget {
  entityId?: string;
  dateValue?: string;
  file: string;
  start: number;
}

/** Arguments of `crosscheck.revealInClaims`. */
export interface ClaimTarget {
  claimId: string;
}

export type CardCorpus = Pick<Corpus, 'document' | 'cooccurring' | 'claimsAbout' | 'claimsReady' | 'datesWithValue'>;

export interface CardOptions {
  /** How a file is named to the reader (e.g. its workspace-relative path). */
  label: (file: string) => string;
  /** Mentions listed per file before "n more". */
  perFile?: number;
  /** Files listed before "n more sources". */
  maxFiles?: number;
}

const SEPARATOR = '\n\n---\n\n';

/** The hover card of an entity mention at `here` (a span of `file`). */
export function entityCard(corpus: CardCorpus, entity: Entity, file: string, here: Span, options: CardOptions): string {
  const sections: string[] = [];
  const head = [`**${escapeMarkdown(entity.name)}** — ${typeLabel(entity.type)}`];
  if (entity.roles.length) head.push(`_Roles:_ ${entity.roles.map(escapeMarkdown).join(' · ')}`);
  const aliases = distinct(entity.aliases.filter((a) => a.toLowerCase() !== entity.name.toLowerCase()));
  if (aliases.length) head.push(`_Also:_ ${aliases.map(escapeMarkdown).join(' · ')}`);
  sections.push(head.join('  \n'));

  const files = new Set(entity.mentions.map((m) => m.file));
  const all: AllMentionsTarget = { entityId: entity.id, file, start: here.start };
  sections.push(
    `${plural(entity.mentions.length, 'mention')} in ${plural(files.size, 'source')} · ` +
      commandLink('show all', SHOW_ALL_MENTIONS, all, 'Open every mention in the References view') +
      '\n\n' +
      mentionList(corpus, entity.mentions, file, here, all, options),
  );

  const withIt = corpus.cooccurring(entity.id);
  if (withIt.length) {
    sections.push(`_Often with:_ ${withIt.map((c) => `${escapeMarkdown(c.entity.name)} (${c.count})`).join(' · ')}`);
  }

  // Claims cost far more than a hover may take: they are shown once something else has computed them.
  const claims = corpus.claimsReady ? corpus.claimsAbout(entity.id) : [];
  if (claims.length) sections.push(claimList(claims));
  return sections.join(SEPARATOR);
}

const DATE_TYPE: Record<DateType, string> = {
  DATE: 'date',
  TIME: 'time',
  DURATION: 'duration',
  SET: 'recurring time',
  RELATIVE: 'relative date',
};

/** The hover card of a date mention in `file`. */
export function dateCard(corpus: CardCorpus, date: DateMention, file: string, options: CardOptions): string {
  const head = [`**${escapeMarkdown(date.text)}** — ${DATE_TYPE[date.type]}`];
  // (A clock time with the zone the text names: "2026-05-05T15:15-05:00".)
  head.push(date.value ? `_Value:_ ${escapeMarkdown(date.value + (date.zone ?? ''))}` : '_Not resolved to a calendar value._');
  if (date.resolution) head.push(`_Resolved:_ ${escapeMarkdown(date.resolution)}`);
  const sections = [head.join('  \n')];
  if (date.value) {
    const elsewhere = corpus.datesWithValue(date.value).filter((d) => d.file !== file);
    if (elsewhere.length) {
      const files = new Set(elsewhere.map((d) => d.file));
      const all: AllMentionsTarget = { dateValue: date.value, file, start: date.start };
      sections.push(
        `Same value in ${plural(files.size, 'other source')} (${plural(elsewhere.length, 'mention')}) · ` +
          commandLink('show all', SHOW_ALL_MENTIONS, all, 'Open every mention in the References view') +
          '\n\n' +
          mentionList(corpus, elsewhere, file, date, all, options),
      );
    } else {
      sections.push('_No other source mentions this value._');
    }
  }
  return sections.join(SEPARATOR);
}

/**
 * Mentions grouped per file, other files first (most mentions first), the hovered file last and
 * without the hovered mention itself; the first few of each as links that open them.
 */
function mentionList(
  corpus: CardCorpus,
  spans: readonly MentionTarget[],
  hereFile: string,
  here: Span,
  all: AllMentionsTarget,
  { label, perFile = 3, maxFiles = 8 }: CardOptions,
): string {
  const byFile = new Map<string, MentionTarget[]>();
  for (const s of spans) {
    if (s.file === hereFile && s.start === here.start) continue;
    let list = byFile.get(s.file);
    if (!list) byFile.set(s.file, (list = []));
    list.push(s);
  }
  const files = [...byFile.keys()].sort(
    (a, b) =>
      Number(a === hereFile) - Number(b === hereFile) ||
      byFile.get(b)!.length - byFile.get(a)!.length ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  const out: string[] = [];
  for (const file of files.slice(0, maxFiles)) {
    const doc = corpus.document(file);
    if (!doc) continue;
    const list = byFile.get(file)!.sort((a, b) => a.start - b.start);
    const name = escapeMarkdown(label(file));
    out.push(`**${name}**${file === hereFile ? ' (this file)' : ''} · ${list.length}`);
    for (const m of list.slice(0, perFile)) {
      const snippet = snippetOf(doc, m);
      const target: MentionTarget = { file: m.file, start: m.start, end: m.end };
      out.push(`- ${commandLink(`line ${snippet.line + 1}`, OPEN_MENTION, target, `Open ${label(file)}:${snippet.line + 1}`)}: ${snippetMarkdown(snippet)}`);
    }
    if (list.length > perFile) out.push(`- ${commandLink(`${list.length - perFile} more…`, SHOW_ALL_MENTIONS, all)}`);
    out.push('');
  }
  if (files.length > maxFiles) {
    out.push(`${commandLink(`${plural(files.length - maxFiles, 'more source')}…`, SHOW_ALL_MENTIONS, all)}`);
  }
  return out.join('\n').trim();
}

const STATUS: Record<Claim['status'], string> = {
  conflict: '⚠ conflicting',
  agree: '✓ corroborated',
  'single-source': '• single source',
};

/** The claims involving an entity, conflicts first, each linking to the Claims view. */
function claimList(claims: readonly Claim[], max = 5): string {
  const order = { conflict: 0, agree: 1, 'single-source': 2 };
  const sorted = [...claims].sort((a, b) => order[a.status] - order[b.status] || (b.score ?? 0) - (a.score ?? 0));
  const lines = sorted.slice(0, max).map((c) => {
    const target: ClaimTarget = { claimId: c.id };
    return `- ${STATUS[c.status]}: ${escapeMarkdown(shorten(c.statement, 140))} — ${commandLink('Show in Claims', REVEAL_IN_CLAIMS, target)}`;
  });
  const more = claims.length > max ? `\n\n_and ${plural(claims.length - max, 'more claim')}_` : '';
  return `_Claims (${claims.length}):_\n\n${lines.join('\n')}${more}`;
}

function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}
