import type { Claim, ClaimSource } from '../types';
import { escapeMarkdown } from '../present/markdown';
import { oneLine, shorten } from '../text/format';
import { statusLabels } from './order';
import type { Verdict } from './verdicts';

/** Turns a corpus file key into the name a reader sees (a workspace-relative path). */
export type FileNamer = (file: string) => string;

export function claimLabel(claim: Claim): string {
  return shorten(claim.statement, 90);
}

export function sourceCount(claim: Claim): string {
  const files = new Set(claim.sources.map((s) => s.file)).size;
  return `${files} source${files === 1 ? '' : 's'}`;
}

/** "3 sources · disputed" */
export function claimDescription(claim: Claim, verdict?: Verdict): string {
  return verdict ? `${sourceCount(claim)} · ${verdict.verdict}` : sourceCount(claim);
}

/** The status line: "Conflicting: years since last meeting" / "Corroborated" (only a conflict names its slot). */
export function statusLine(claim: Claim): string {
  return claim.slot && claim.status === 'conflict' ? `${statusLabels[claim.status]}: ${oneLine(claim.slot)}` : statusLabels[claim.status];
}

/**
 * Tooltip of a claim row: status, statement, then every source with its value side by side.
 * All document text is escaped; the result is meant for a MarkdownString that is not trusted.
 */
export function claimTooltip(claim: Claim, name: FileNamer, verdict?: Verdict): string {
  const lines = [`**${escapeMarkdown(statusLine(claim))}**`, '', escapeMarkdown(claim.statement), ''];
  lines.push('| Source | Value | Sentence |', '|---|---|---|');
  for (const s of claim.sources) {
    lines.push(`| ${escapeMarkdown(name(s.file))} | ${escapeMarkdown(s.value ?? '—')} | ${escapeMarkdown(shorten(s.text, 160))} |`);
  }
  if (verdict) lines.push('', verdictLine(verdict, escapeMarkdown));
  return lines.join('\n');
}

export function sourceTooltip(source: ClaimSource, name: FileNamer): string {
  const value = source.value ? ` — **${escapeMarkdown(source.value)}**` : '';
  return `${escapeMarkdown(name(source.file))}${value}\n\n> ${escapeMarkdown(source.text)}`;
}

/**
 * A source row: the value it gives first, so differing values line up in a narrow sidebar, then the
 * file name and the sentence: label "eight years", description "a.txt · The sentence…".
 */
export function sourceLabel(source: ClaimSource, name: FileNamer): string {
  return source.value ? oneLine(source.value) : baseName(name(source.file));
}

export function sourceDescription(source: ClaimSource, name: FileNamer): string {
  return source.value ? `${baseName(name(source.file))} · ${oneLine(source.text)}` : oneLine(source.text);
}

/** The claim with its sources as text that reads well both plain and as Markdown (for the clipboard). */
export function claimAsText(claim: Claim, name: FileNamer, verdict?: Verdict): string {
  const lines = [oneLine(claim.statement), `Status: ${statusLine(claim)} (${sourceCount(claim)})`];
  if (verdict) lines.push(verdictLine(verdict, oneLine));
  lines.push('');
  for (const s of claim.sources) {
    lines.push(`- ${name(s.file)}${s.value ? ` (${oneLine(s.value)})` : ''}: "${oneLine(s.text)}"`);
  }
  return `${lines.join('\n')}\n`;
}

export function verdictLine(verdict: Verdict, format: (text: string) => string): string {
  return `Verdict: ${verdict.verdict}${verdict.note ? ` — ${format(verdict.note)}` : ''}`;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
