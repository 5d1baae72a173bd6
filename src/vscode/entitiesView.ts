import * as vscode from 'vscode';
import type { Services } from './extension';
import type { CorpusIndex } from './corpusIndex';
import type { ContractMention, Entity } from '../core/types';
import { GROUP_LABEL, kindOf, plural, typeLabel, type NameKind } from '../core/present/kinds';
import { groupByKind, mentionSummary, mentionsByFile } from '../core/present/entities';
import { snippetLabel, snippetOf } from '../core/present/snippet';
import type { MentionTarget } from '../core/present/hoverCard';
import { targetAt } from './locations';

interface GroupNode {
  type: 'group';
  kind: NameKind;
  children: EntityNode[];
}
interface EntityNode {
  type: 'entity';
  entity: Entity;
  parent: GroupNode;
  files?: FileNode[];
}
interface FileNode {
  type: 'file';
  file: string;
  mentions: ContractMention[];
  parent: EntityNode;
  children?: MentionNode[];
}
interface MentionNode {
  type: 'mention';
  mention: ContractMention;
  parent: FileNode;
}
type Node = GroupNode | EntityNode | FileNode | MentionNode;

/**
 * The Entities view: kinds → entities (most mentioned first) → files → mentions. Nodes are built
 * once per corpus change and kept, so `reveal` and `getParent` see the same objects.
 */
export class EntitiesTree implements vscode.TreeDataProvider<Node> {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private groups: GroupNode[] | undefined;
  private readonly byId = new Map<string, EntityNode>();

  constructor(private readonly index: CorpusIndex) {}

  refresh(): void {
    this.groups = undefined;
    this.changeEmitter.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots();
    switch (node.type) {
      case 'group':
        return node.children;
      case 'entity':
        return this.filesOf(node);
      case 'file':
        return (node.children ??= node.mentions.map((mention) => ({ type: 'mention', mention, parent: node })));
      case 'mention':
        return [];
    }
  }

  getParent(node: Node): Node | undefined {
    return node.type === 'group' ? undefined : node.parent;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
    switch (node.type) {
      case 'group': {
        const item = new vscode.TreeItem(GROUP_LABEL[node.kind], Expanded);
        item.id = `group:${node.kind}`;
        item.description = String(node.children.length);
        return item;
      }
      case 'entity': {
        const { entity } = node;
        const item = new vscode.TreeItem(entity.name, Collapsed);
        item.id = `entity:${entity.id}`;
        item.description = mentionSummary(entity);
        item.tooltip = [`${entity.name} — ${typeLabel(entity.type)}`, ...aliasLine(entity)].join('\n');
        item.iconPath = new vscode.ThemeIcon(ICON[kindOf(entity.type)], new vscode.ThemeColor(`crosscheck.${kindOf(entity.type)}Border`));
        item.contextValue = 'entity';
        return item;
      }
      case 'file': {
        const label = this.index.label(node.file);
        const slash = label.lastIndexOf('/');
        const item = new vscode.TreeItem(label.slice(slash + 1), Collapsed);
        item.id = `file:${node.parent.entity.id}:${node.file}`;
        item.description = `${slash > 0 ? `${label.slice(0, slash)} · ` : ''}${plural(node.mentions.length, 'mention')}`;
        item.resourceUri = this.index.uriOf(node.file);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'mention': {
        const { mention } = node;
        const doc = this.index.corpus.document(mention.file);
        const snippet = doc && snippetOf(doc, mention, 30);
        const { label, highlight } = snippet ? snippetLabel(snippet) : { label: mention.text, highlight: [0, mention.text.length] as [number, number] };
        const item = new vscode.TreeItem({ label, highlights: [highlight] }, None);
        item.id = `mention:${node.parent.parent.entity.id}:${mention.file}:${mention.start}`;
        item.description = snippet ? `line ${snippet.line + 1}` : undefined;
        const target: MentionTarget = { file: mention.file, start: mention.start, end: mention.end };
        item.command = { title: 'Open Mention', command: 'crosscheck.openMention', arguments: [target] };
        return item;
      }
    }
  }

  /** The node of a mention (or of the entity, when the mention is not listed). */
  nodeOf(entityId: string, mention?: { file: string; start: number }): EntityNode | MentionNode | undefined {
    this.roots();
    const entityNode = this.byId.get(entityId);
    if (!entityNode || !mention) return entityNode;
    const fileNode = this.filesOf(entityNode).find((f) => f.file === mention.file);
    const mentionNode = fileNode && (this.getChildren(fileNode) as MentionNode[]).find((m) => m.mention.start === mention.start);
    return mentionNode ?? entityNode;
  }

  private roots(): GroupNode[] {
    if (this.groups) return this.groups;
    this.byId.clear();
    this.groups = groupByKind(this.index.corpus.entities()).map(({ kind, entities }) => {
      const group: GroupNode = { type: 'group', kind, children: [] };
      for (const entity of entities) {
        const node: EntityNode = { type: 'entity', entity, parent: group };
        group.children.push(node);
        this.byId.set(entity.id, node);
      }
      return group;
    });
    return this.groups;
  }

  private filesOf(node: EntityNode): FileNode[] {
    return (node.files ??= [...mentionsByFile(node.entity)].map(([file, mentions]) => ({ type: 'file', file, mentions, parent: node })));
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}

const ICON: Record<NameKind, string> = {
  person: 'person',
  organization: 'organization',
  place: 'location',
  other: 'symbol-constant',
};

function aliasLine(entity: Entity): string[] {
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  return aliases.length ? [`Also: ${aliases.join(', ')}`] : [];
}

export function activateEntitiesView(context: vscode.ExtensionContext, { index }: Services): Partial<Services> {
  const tree = new EntitiesTree(index);
  const view = vscode.window.createTreeView('crosscheck.entities', { treeDataProvider: tree, showCollapseAll: true });

  /** Reveals the entity (and mention) under the cursor of `editor`; true when there was one. */
  const revealAt = async (editor: vscode.TextEditor | undefined, focus: boolean): Promise<boolean> => {
    if (!editor) return false;
    const target = targetAt(index, editor.document, editor.selection.active);
    if (target?.kind !== 'entity') return false;
    const node = tree.nodeOf(target.hit.entity.id, target.hit.mention);
    if (node) await view.reveal(node, { select: true, focus, expand: node.type === 'entity' });
    return node !== undefined;
  };

  let follow: NodeJS.Timeout | undefined;
  context.subscriptions.push(
    tree,
    view,
    index.onDidChange(() => tree.refresh()),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      clearTimeout(follow);
      if (!view.visible || !vscode.workspace.getConfiguration('crosscheck.entities').get<boolean>('followCursor', true)) return;
      follow = setTimeout(() => void revealAt(e.textEditor, false), 200);
    }),
    { dispose: () => clearTimeout(follow) },
    vscode.commands.registerCommand('crosscheck.revealInEntities', async (args?: { entityId: string }) => {
      if (args?.entityId) {
        const node = tree.nodeOf(args.entityId);
        if (node) await view.reveal(node, { select: true, focus: true, expand: true });
        return;
      }
      if (!(await revealAt(vscode.window.activeTextEditor, true))) {
        void vscode.window.showInformationMessage('Crosscheck: no entity under the cursor.');
      }
    }),
  );
  return { entities: tree };
}
