import * as vscode from 'vscode';
import { CorpusIndex } from './corpusIndex';

/** Everything a feature module needs, passed explicitly so modules stay independent. */
export interface Services {
  index: CorpusIndex;
  log: vscode.LogOutputChannel;
}

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
