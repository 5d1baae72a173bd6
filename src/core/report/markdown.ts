import type { AnalysisReport, Claim } from '../types';
import { escapeMarkdown } from '../present/markdown';
import { compareForReport, sortClaims } from '../claims-view/order';
import { sourceCount, statusLine, verdictLine } from '../claims-view/describe';
import type { Verdict } from '../claims-view/verdicts';

/**
 * The claims report as Markdown: a section per claim, conflicts first, each source's sentence and
 * value. File names are taken as given (the caller makes them workspace-relative).
 */
export function claimsReportMarkdown(report: AnalysisReport, verdictOf: (claim: Claim) => Verdict | undefined = () => undefined): string {
  const claims = sortClaims(report.claims, compareForReport);
  const count = (status: Claim['status']) => claims.filter((c) => c.status === status).length;
  const out = [
    '# Claims report',
    '',
    `${claims.length} claim${claims.length === 1 ? '' : 's'} from ${report.documents.length} document${report.documents.length === 1 ? '' : 's'}: ` +
      `${count('conflict')} conflicting, ${count('agree')} corroborated, ${count('single-source')} single-source.`,
    '',
  ];
  claims.forEach((claim, i) => {
    out.push(`## ${i + 1}. ${escapeMarkdown(claim.statement)}`, '');
    out.push(`**${escapeMarkdown(statusLine(claim))}** (${sourceCount(claim)})`, '');
    const verdict = verdictOf(claim);
    if (verdict) out.push(verdictLine(verdict, escapeMarkdown), '');
    for (const s of claim.sources) {
      out.push(`- ${escapeMarkdown(s.file)}${s.value ? ` — **${escapeMarkdown(s.value)}**` : ''}`, `  > ${escapeMarkdown(s.text)}`);
    }
    out.push('');
  });
  if (report.documents.length) {
    out.push('## Documents', '');
    for (const d of report.documents) {
      out.push(`- ${escapeMarkdown(d.file)}${d.title ? `: ${escapeMarkdown(d.title)}` : ''}${d.published ? ` (${escapeMarkdown(d.published)}${d.publishedFrom ? ', inferred' : ''})` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}
