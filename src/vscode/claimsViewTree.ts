import * as vscode from 'vscode';
import type { Claim, ClaimSource } from '../core/types';
import { claimDescription, claimLabel, claimTooltip, sourceDescription, sourceLabel, sourceTooltip, type FileNamer } from '../core/claims-view/describe';
import { isFilterActive, matchesFilter, type ClaimFilter } from '../core/claims-view/filter';
import { groupClaims, type ClaimGrouping } from '../core/claims-view/grouping';
import { sortClaims } from '../core/claims-view/order';
import type { CorpusIndex } from './corpusIndex';
import { claimDecorationUri, statusColors } from './claimsViewDecorations';
import type { VerdictStore } from './verdicts';

export interface GroupNode {
  kind: 'group';
  id: string;
  label: string;
  children: ClaimNode[];
}
export interface ClaimNode {
  kind: 'claim';
  id: string;
  claim: Claim;
  parent?: GroupNode;
  children: SourceNode[];
}
export interface SourceNode {
  kind: 'source';
  id: string;
  source: ClaimSource;
  parent: ClaimNode;
}
export type ClaimsNode = GroupNode | ClaimNode | SourceNode;

/** Where a source row's click goes: the file with this range selected. */
export const openSourceCommand = 'crosscheck.claims.openSource';

const statusIcons: Record<Claim['status'], string> = { conflict: 'warning', agree: 'pass', 'single-source': 'circle-outline' };

/**
 * The Claims tree: claims by importance, optionally grouped, filtered; sources as children.
 * Nodes are built once per change so `getParent` and `reveal` see the same objects.
 */
export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private roots: (GroupNode | ClaimNode)[] | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly index: CorpusIndex,
    private readonly verdicts: VerdictStore,
    private readonly fileName: FileNamer,
    private readonly log: vscode.LogOutputChannel,
    private groupingValue: ClaimGrouping,
    private filterValue: ClaimFilter = {},
  ) {
    this.disposables = [this.changeEmitter, index.onDidChange(() => this.refresh()), verdicts.onDidChange(() => this.refresh())];
  }

  get grouping(): ClaimGrouping {
    return this.groupingValue;
  }

  set grouping(value: ClaimGrouping) {
    this.groupingValue = value;
    this.refresh();
  }

  get filter(): ClaimFilter {
    return this.filterValue;
  }

  set filter(value: ClaimFilter) {
    this.filterValue = value;
    this.refresh();
  }

  get isFiltered(): boolean {
    return isFilterActive(this.filterValue);
  }

  /** All claims of the corpus, unfiltered (an engine failure is logged, not shown as an error per row). */
  allClaims(): Claim[] {
    try {
      return this.index.corpus.claims();
    } catch (error) {
      this.log.error('Computing claims failed', error);
      return [];
    }
  }

  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire();
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) return this.build();
    return node.kind === 'source' ? [] : node.children;
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.kind === 'group' ? undefined : node.parent;
  }

  /** The first row of a claim in the current tree, if the filter lets it through. */
  findClaim(claimId: string): ClaimNode | undefined {
    for (const root of this.build()) {
      if (root.kind === 'claim' && root.claim.id === claimId) return root;
      if (root.kind === 'group') {
        const hit = root.children.find((c) => c.claim.id === claimId);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.children.length);
        item.contextValue = 'claimGroup';
        return item;
      }
      case 'claim': {
        const { claim } = node;
        const verdict = this.verdicts.verdictFor(claim);
        const item = new vscode.TreeItem(claimLabel(claim), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = claimDescription(claim, verdict);
        item.tooltip = new vscode.MarkdownString(claimTooltip(claim, this.fileName, verdict));
        item.iconPath = new vscode.ThemeIcon(statusIcons[claim.status], new vscode.ThemeColor(statusColors[claim.status]));
        item.resourceUri = claimDecorationUri(claim, verdict);
        item.contextValue = verdict ? 'claim.verdict' : 'claim';
        return item;
      }
      case 'source': {
        const { source } = node;
        const item = new vscode.TreeItem(sourceLabel(source, this.fileName), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = sourceDescription(source, this.fileName);
        item.tooltip = new vscode.MarkdownString(sourceTooltip(source, this.fileName));
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'source';
        item.command = { command: openSourceCommand, title: 'Open Source', arguments: [source] };
        return item;
      }
    }
  }

  private build(): (GroupNode | ClaimNode)[] {
    if (this.roots) return this.roots;
    const claims = this.allClaims().filter((c) => matchesFilter(c, this.filterValue));
    if (this.groupingValue === 'none') {
      this.roots = sortClaims(claims).map((c) => claimNode(c, 'claim'));
    } else {
      const names = { entityName: (id: string) => this.index.corpus.entity(id)?.name, fileName: this.fileName };
      this.roots = groupClaims(claims, this.groupingValue, names).map((g) => {
        const group: GroupNode = { kind: 'group', id: g.key, label: g.label, children: [] };
        group.children = g.claims.map((c) => claimNode(c, `${g.key}/claim`, group));
        return group;
      });
    }
    return this.roots;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function claimNode(claim: Claim, prefix: string, parent?: GroupNode): ClaimNode {
  const node: ClaimNode = { kind: 'claim', id: `${prefix}:${claim.id}`, claim, parent, children: [] };
  node.children = claim.sources.map((source, i) => ({ kind: 'source', id: `${node.id}/${i}`, source, parent: node }));
  return node;
}
