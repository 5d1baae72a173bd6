import * as vscode from 'vscode';
import { describeFilter, type ClaimFilter } from '../core/claims-view/filter';
import type { ClaimGrouping } from '../core/claims-view/grouping';
import type { Services } from './extension';
import { ClaimDecorations } from './claimsViewDecorations';
import { registerClaimsCommands } from './claimsViewCommands';
import { ClaimsTreeProvider, type ClaimsNode } from './claimsViewTree';
import { registerConflictDiagnostics } from './diagnostics';
import { registerExportReport } from './export';
import { VerdictStore } from './verdicts';

const groupingKey = 'crosscheck.claims.groupBy';

/** The Claims view as other modules and the integration tests use it. */
export class ClaimsView {
  constructor(
    readonly provider: ClaimsTreeProvider,
    readonly view: vscode.TreeView<ClaimsNode>,
    readonly verdicts: VerdictStore,
    private readonly state: vscode.Memento,
  ) {}

  async setGrouping(grouping: ClaimGrouping): Promise<void> {
    this.provider.grouping = grouping;
    await this.state.update(groupingKey, grouping);
  }

  setFilter(filter: ClaimFilter): void {
    this.provider.filter = filter;
  }

  /** Selects the claim's row (clearing a filter that hides it); false when no such claim exists. */
  async reveal(claimId: string): Promise<boolean> {
    let node = this.provider.findClaim(claimId);
    if (!node && this.provider.isFiltered && this.provider.allClaims().some((c) => c.id === claimId)) {
      this.setFilter({});
      node = this.provider.findClaim(claimId);
    }
    if (!node) return false;
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  /** Keeps the view's badge (conflicts), description (filter) and the filter context key current. */
  updateChrome(): void {
    const conflicts = this.provider.allClaims().filter((c) => c.status === 'conflict').length;
    this.view.badge = conflicts ? { value: conflicts, tooltip: `${conflicts} conflicting claim${conflicts === 1 ? '' : 's'}` } : undefined;
    const filtered = this.provider.isFiltered;
    this.view.description = filtered ? describeFilter(this.provider.filter) : undefined;
    this.view.message = filtered && this.provider.getChildren().length === 0 ? 'No claims match the filter.' : undefined;
    void vscode.commands.executeCommand('setContext', 'crosscheck.claimsFiltered', filtered);
  }
}

/** Registers the Claims view, its commands, verdicts, report export and conflict diagnostics. */
export function activateClaims(context: vscode.ExtensionContext, services: Services): void {
  const verdicts = new VerdictStore(services);
  const fileName = (file: string) => services.index.label(file);
  const grouping = context.workspaceState.get<ClaimGrouping>(groupingKey, 'none');
  const provider = new ClaimsTreeProvider(services.index, verdicts, fileName, services.log, grouping);
  const view = vscode.window.createTreeView('crosscheck.claims', { treeDataProvider: provider, showCollapseAll: true });
  const claims = new ClaimsView(provider, view, verdicts, context.workspaceState);
  context.subscriptions.push(
    verdicts,
    provider,
    view,
    provider.onDidChangeTreeData(() => claims.updateChrome()),
    vscode.window.registerFileDecorationProvider(new ClaimDecorations()),
  );
  claims.updateChrome();
  registerClaimsCommands(context, services, claims, fileName);
  registerExportReport(context, services, verdicts);
  registerConflictDiagnostics(context, services, fileName);
  services.claims = claims;
}
