import * as vscode from 'vscode';
import type { Services } from './extension';
import type { CorpusIndex } from './corpusIndex';
import type { EntityType, Span } from '../core/types';
import { byPosition, definitionOf, searchEntities } from '../core/present/entities';
import { outlineOf, type OutlineNode } from '../core/present/outline';
import { locationOf, rangeOf, SOURCE_SELECTOR, targetAt } from './locations';

/** Go to Definition: the entity's first full-name mention in the corpus. */
export class MentionDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const target = targetAt(this.index, document, position);
    if (target?.kind !== 'entity') return undefined;
    const first = definitionOf(target.hit.entity);
    return first && locationOf(this.index, first.file, first);
  }
}

/** Find All References: every mention of the entity (or every date with the same value) across the corpus. */
export class MentionReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const target = targetAt(this.index, document, position);
    if (!target) return undefined;
    const spans: readonly (Span & { file: string })[] =
      target.kind === 'entity'
        ? [...target.hit.entity.mentions].sort(byPosition)
        : target.date.value
          ? this.index.corpus.datesWithValue(target.date.value)
          : [{ file: target.file, start: target.date.start, end: target.date.end }];
    return spans.map((s) => locationOf(this.index, s.file, s)).filter((l): l is vscode.Location => l !== undefined);
  }
}

/** The other mentions of the entity (or date value) under the cursor in this file. */
export class MentionHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly index: CorpusIndex) {}

  /** Undefined, not [], when there is nothing: the first provider with an answer wins, and others may have one. */
  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
    const target = targetAt(this.index, document, position);
    if (!target) return undefined;
    const { corpus } = this.index;
    const spans: Span[] =
      target.kind === 'entity'
        ? corpus.mentionsIn(target.file).filter((h) => h.entity.id === target.hit.entity.id).map((h) => h.mention)
        : (corpus.document(target.file)?.dates ?? []).filter((d) => d === target.date || (d.value !== null && d.value === target.date.value));
    return spans.map((s) => new vscode.DocumentHighlight(rangeOf(this.index, target.file, s)!, vscode.DocumentHighlightKind.Read));
  }
}

const ENTITY_SYMBOL: Record<EntityType, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Object,
  ORG: vscode.SymbolKind.Module,
  PLACE: vscode.SymbolKind.Package,
  FACILITY: vscode.SymbolKind.Package,
  EVENT: vscode.SymbolKind.Event,
  PRODUCT: vscode.SymbolKind.Class,
  MISC: vscode.SymbolKind.Constant,
};

/** The outline: this file's entities, dates and claims. */
export class SourceSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] | undefined {
    if (!this.index.isSource(document.uri)) return undefined;
    this.index.sync(document);
    const file = this.index.keyOf(document.uri);
    const toSymbol = (node: OutlineNode): vscode.DocumentSymbol => {
      const kind =
        node.kind === 'group'
          ? vscode.SymbolKind.Namespace
          : node.kind === 'date'
            ? vscode.SymbolKind.Number
            : node.kind === 'claim'
              ? vscode.SymbolKind.String
              : ENTITY_SYMBOL[node.entityType ?? 'MISC'];
      const symbol = new vscode.DocumentSymbol(
        node.name.replace(/\s+/g, ' ').trim() || '(unnamed)',
        node.detail,
        kind,
        rangeOf(this.index, file, node.span)!,
        rangeOf(this.index, file, node.selection)!,
      );
      symbol.children = node.children.map(toSymbol);
      return symbol;
    };
    return outlineOf(this.index.corpus, file).map(toSymbol);
  }
}

/** Go to Symbol in Workspace: entities by name or any alias, at their definition. */
export class EntitySymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const out: vscode.SymbolInformation[] = [];
    for (const { entity, matched } of searchEntities(this.index.corpus.entities(), query)) {
      const first = definitionOf(entity);
      const location = first && locationOf(this.index, first.file, first);
      if (!location) continue;
      // The quick pick filters on the name, so an alias that matched is part of it.
      const name = matched === entity.name ? entity.name : `${entity.name} (${matched})`;
      out.push(new vscode.SymbolInformation(name, ENTITY_SYMBOL[entity.type], this.index.label(first.file), location));
    }
    return out;
  }
}

export function activateNavigation(context: vscode.ExtensionContext, { index }: Services): void {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(SOURCE_SELECTOR, new MentionDefinitionProvider(index)),
    vscode.languages.registerReferenceProvider(SOURCE_SELECTOR, new MentionReferenceProvider(index)),
    vscode.languages.registerDocumentHighlightProvider(SOURCE_SELECTOR, new MentionHighlightProvider(index)),
    vscode.languages.registerDocumentSymbolProvider(SOURCE_SELECTOR, new SourceSymbolProvider(index), { label: 'Crosscheck' }),
    vscode.languages.registerWorkspaceSymbolProvider(new EntitySymbolProvider(index)),
  );
}
