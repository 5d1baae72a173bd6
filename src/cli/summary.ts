import type { AnalysisReport } from '../core/types';

/** The readable (non-JSON) output of `crosscheck analyze`. */
export function formatSummary(report: AnalysisReport): string {
  const lines: string[] = [];
  const conflicts = report.claims.filter((c) => c.status === 'conflict');
  const corroborated = report.claims.filter((c) => c.status === 'agree');
  lines.push(
    `${report.documents.length} documents · ${report.entities.length} entities · ${report.dates.length} dates · ` +
      `${report.claims.length} claims (${corroborated.length} corroborated, ${conflicts.length} conflicting)`,
  );
  lines.push('', 'Documents');
  for (const d of report.documents) lines.push(`  ${d.file}  ${d.published ?? 'undated'}${d.publishedFrom ? ' (inferred)' : ''}  ${d.title}`);
  const top = [...report.entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 15);
  if (top.length > 0) {
    lines.push('', 'Most mentioned entities');
    for (const e of top) {
      const files = new Set(e.mentions.map((m) => m.file)).size;
      const aliases = e.aliases.length > 0 ? `  (${e.aliases.join(', ')})` : '';
      lines.push(`  ${e.type.padEnd(8)} ${e.name}: ${plural(e.mentions.length, 'mention')} in ${plural(files, 'source')}${aliases}`);
    }
  }
  if (conflicts.length > 0) {
    lines.push('', 'Conflicts');
    for (const c of conflicts) lines.push(`  ${c.statement}`);
  }
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
