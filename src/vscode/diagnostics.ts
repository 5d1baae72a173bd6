import * as vscode from 'vscode';
import type { Claim, ClaimSource } from '../core/types';
import type { FileNamer } from '../core/claims-view/describe';
import { oneLine } from '../core/text/format';
import { LineIndex } from '../core/text/lines';
import type { Services } from './extension';

const setting = 'crosscheck.claims.showDiagnostics';

/**
 * With `crosscheck.claims.showDiagnostics` on, every source sentence of a conflicting claim gets an
 * Information diagnostic naming what the other sources say. Off by default: prose findings in the
 * Problems panel are noise for most readers.
 */
export function registerConflictDiagnostics(context: vscode.ExtensionContext, { index, log }: Services, fileName: FileNamer): void {
  const collection = vscode.languages.createDiagnosticCollection('crosscheck-claims');
  const update = () => {
    collection.clear();
    if (!vscode.workspace.getConfiguration().get<boolean>(setting, false)) return;
    let conflicts: Claim[];
    try {
      conflicts = index.corpus.claims().filter((c) => c.status === 'conflict');
    } catch (error) {
      log.error('Computing claims failed', error);
      return;
    }
    const lines = new Map<string, LineIndex>();
    const locationOf = (s: ClaimSource): vscode.Location | undefined => {
      let lineIndex = lines.get(s.file);
      if (!lineIndex) {
        const text = index.corpus.document(s.file)?.text;
        if (text === undefined) return undefined;
        lines.set(s.file, (lineIndex = new LineIndex(text)));
      }
      const at = (offset: number) => {
        const { line, character } = lineIndex.position(offset);
        return new vscode.Position(line, character);
      };
      return new vscode.Location(index.uriOf(s.file), new vscode.Range(at(s.start), at(s.end)));
    };
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const claim of conflicts) {
      for (const source of claim.sources) {
        const location = locationOf(source);
        if (!location) continue;
        const diagnostic = conflictDiagnostic(claim, source, location.range, fileName);
        diagnostic.relatedInformation = claim.sources
          .filter((s) => s !== source)
          .flatMap((s) => {
            const other = locationOf(s);
            return other ? [new vscode.DiagnosticRelatedInformation(other, `${s.value ?? 'other wording'}: ${oneLine(s.text)}`)] : [];
          });
        byFile.set(source.file, [...(byFile.get(source.file) ?? []), diagnostic]);
      }
    }
    for (const [file, list] of byFile) collection.set(index.uriOf(file), list);
  };
  context.subscriptions.push(
    collection,
    index.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(setting) && update()),
  );
  update();
}

function conflictDiagnostic(claim: Claim, source: ClaimSource, range: vscode.Range, fileName: FileNamer): vscode.Diagnostic {
  const others = claim.sources
    .filter((s) => s !== source)
    .map((s) => `${fileName(s.file)}: ${s.value ?? 'differs'}`)
    .join('; ');
  const subject = oneLine(claim.slot ?? claim.topic);
  const message = `Sources disagree on ${subject}: this one says ${source.value ?? 'otherwise'}; ${others}.`;
  const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = 'Crosscheck';
  diagnostic.code = claim.id;
  return diagnostic;
}
