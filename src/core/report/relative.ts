import type { AnalysisReport } from '../types';

/** The report with every `file` field rewritten by `rename` (e.g. corpus keys → workspace-relative paths). */
export function renameReportFiles(report: AnalysisReport, rename: (file: string) => string): AnalysisReport {
  return {
    ...report,
    documents: report.documents.map((d) => ({ ...d, file: rename(d.file) })),
    entities: report.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, file: rename(m.file) })) })),
    dates: report.dates.map((d) => ({ ...d, file: rename(d.file) })),
    claims: report.claims.map((c) => ({ ...c, sources: c.sources.map((s) => ({ ...s, file: rename(s.file) })) })),
  };
}
