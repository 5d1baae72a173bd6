import * as vscode from 'vscode';
import { CorpusIndex } from './corpusIndex';
import { activateAddFolderToSources } from './addFolderToSources';
import { activateStatusBar } from './statusBar';
import { activateDecorations } from './decorations';
import { activateHover } from './hover';
import { activateMentionCommands } from './mentionCommands';
import { activateNavigation } from './navigation';
import { activateEntitiesView, type EntitiesTree } from './entitiesView';
import { activateClaims, type ClaimsView } from './claimsView';

/** Everything a feature module needs, passed explicitly so modules stay independent. */
export interface Services {
  index: CorpusIndex;
  log: vscode.LogOutputChannel;
  /** The Claims view, set by activateClaims; the integration tests reach it through the extension's exports. */
  claims?: ClaimsView;
  /** The Entities view's tree, returned by activateEntitiesView (for the same reason). */
  entities?: EntitiesTree;
}

/** The feature modules, each registering its own disposables and returning what it exports, if anything. */
const features: ((context: vscode.ExtensionContext, services: Services) => Partial<Services> | void)[] = [
  activateAddFolderToSources,
  activateStatusBar,
  activateDecorations,
  activateHover,
  activateMentionCommands,
  activateNavigation,
  activateEntitiesView,
  activateClaims,
];

export async function activate(context: vscode.ExtensionContext): Promise<Services> {
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  context.subscriptions.push(log);
  try {
    const index = new CorpusIndex(log);
    context.subscriptions.push(index);
    const services: Services = { index, log };
    context.subscriptions.push(
      vscode.commands.registerCommand('crosscheck.showOutput', () => log.show()),
      vscode.commands.registerCommand('crosscheck.reindex', () => index.reindex()),
    );
    for (const activateFeature of features) Object.assign(services, activateFeature(context, services));
    void index.reindex();
    return services;
  } catch (error) {
    log.error('Activation failed', error);
    void vscode.window.showErrorMessage(`Crosscheck failed to start: ${String(error)}. See the Crosscheck log.`);
    throw error;
  }
}

export function deactivate(): void {
  // Disposables registered on the context are released by VS Code.
}
