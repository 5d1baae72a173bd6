import * as vscode from 'vscode';
import type { Services } from './extension';
import type { CorpusIndex } from './corpusIndex';
import type { AllMentionsTarget, MentionTarget } from '../core/present/hoverCard';
import { byPosition } from '../core/present/entities';
import { locationOf, rangeOf } from './locations';

/** `crosscheck.openMention` (hover links, tree rows) and `crosscheck.showAllMentions` (References view). */
export function activateMentionCommands(context: vscode.ExtensionContext, { index }: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('crosscheck.openMention', (target: MentionTarget) => openMention(index, target)),
    vscode.commands.registerCommand('crosscheck.showAllMentions', (target: AllMentionsTarget) => showAllMentions(index, target)),
  );
}

export async function openMention(index: CorpusIndex, target: MentionTarget): Promise<vscode.TextEditor | undefined> {
  const selection = rangeOf(index, target.file, target);
  if (!selection) {
    void vscode.window.showWarningMessage('Crosscheck: that source is no longer in the corpus.');
    return undefined;
  }
  return vscode.window.showTextDocument(index.uriOf(target.file), { selection, preview: true });
}

/**
 * Every mention of the entity (or of the date value), listed from where it was asked for: in the
 * References view when the built-in references-view extension is there (it asks our
 * ReferenceProvider, which answers with the same mentions), else in a peek.
 */
export async function showAllMentions(index: CorpusIndex, target: AllMentionsTarget): Promise<void> {
  const { corpus } = index;
  const spans = target.entityId
    ? [...(corpus.entity(target.entityId)?.mentions ?? [])].sort(byPosition)
    : target.dateValue
      ? corpus.datesWithValue(target.dateValue)
      : [];
  const locations = spans.map((s) => locationOf(index, s.file, s)).filter((l): l is vscode.Location => l !== undefined);
  const anchor = rangeOf(index, target.file, { start: target.start, end: target.start });
  if (!anchor || locations.length === 0) return;
  const uri = index.uriOf(target.file);
  if ((await vscode.commands.getCommands(true)).includes(REFERENCES_VIEW)) {
    await vscode.window.showTextDocument(uri, { selection: anchor });
    await vscode.commands.executeCommand(REFERENCES_VIEW);
  } else {
    await vscode.commands.executeCommand('editor.action.showReferences', uri, anchor.start, locations);
  }
}

const REFERENCES_VIEW = 'references-view.findReferences';
