import * as vscode from 'vscode';
import type { Services } from './extension';
import type { CorpusIndex } from './corpusIndex';
import { dateCard, entityCard, HOVER_COMMANDS } from '../core/present/hoverCard';
import { rangeOf, SOURCE_SELECTOR, targetAt } from './locations';

/** Hover cards on entity and date mentions of any corpus file. */
export class SourceHoverProvider implements vscode.HoverProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const target = targetAt(this.index, document, position);
    if (!target) return undefined;
    const { corpus } = this.index;
    const options = { label: (file: string) => this.index.label(file) };
    const [markdown, span] =
      target.kind === 'entity'
        ? [entityCard(corpus, target.hit.entity, target.file, target.hit.mention, options), target.hit.mention]
        : [dateCard(corpus, target.date, target.file, options), target.date];
    // Document text in the card is escaped; links may run only Crosscheck's own commands; no HTML.
    const content = new vscode.MarkdownString(markdown);
    content.isTrusted = { enabledCommands: HOVER_COMMANDS };
    content.supportHtml = false;
    content.supportThemeIcons = false;
    return new vscode.Hover(content, rangeOf(this.index, target.file, span));
  }
}

export function activateHover(context: vscode.ExtensionContext, { index }: Services): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider(SOURCE_SELECTOR, new SourceHoverProvider(index)));
}
