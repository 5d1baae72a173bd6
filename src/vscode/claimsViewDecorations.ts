import * as vscode from 'vscode';
import type { Claim, ClaimStatus } from '../core/types';
import type { Verdict, VerdictKind } from '../core/claims-view/verdicts';

/** Claim rows carry a URI of this scheme so a FileDecorationProvider can colour their labels (as GitLens does). */
const scheme = 'crosscheck-claim';

export const statusColors: Record<ClaimStatus, string> = {
  conflict: 'crosscheck.claimConflictForeground',
  agree: 'crosscheck.claimAgreeForeground',
  'single-source': 'crosscheck.claimSingleForeground',
};

const verdictBadges: Record<VerdictKind, string> = { verified: '✓', disputed: '✗', unclear: '?' };

export function claimDecorationUri(claim: Claim, verdict: Verdict | undefined): vscode.Uri {
  const query = new URLSearchParams({ status: claim.status, ...(verdict ? { verdict: verdict.verdict } : {}) });
  return vscode.Uri.from({ scheme, path: `/${encodeURIComponent(claim.id)}`, query: query.toString() });
}

export class ClaimDecorations implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== scheme) return undefined;
    const params = new URLSearchParams(uri.query);
    const status = params.get('status') as ClaimStatus | null;
    const verdict = params.get('verdict') as VerdictKind | null;
    if (!status || !(status in statusColors)) return undefined;
    return new vscode.FileDecoration(
      verdict && verdict in verdictBadges ? verdictBadges[verdict] : undefined,
      verdict ?? undefined,
      new vscode.ThemeColor(statusColors[status]),
    );
  }
}
