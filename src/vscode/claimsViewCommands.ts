import * as vscode from 'vscode';
import type { Claim, ClaimSource, ClaimStatus } from '../core/types';
import { claimAsText, type FileNamer } from '../core/claims-view/describe';
import type { ClaimFilter } from '../core/claims-view/filter';
import { groupingLabels, type ClaimGrouping } from '../core/claims-view/grouping';
import { compareClaims, statusLabels, statuses } from '../core/claims-view/order';
import type { VerdictKind } from '../core/claims-view/verdicts';
import type { ClaimsView } from './claimsView';
import { openSourceCommand, type ClaimsNode } from './claimsViewTree';
import type { Services } from './extension';

/** What a claim command receives: a tree row (context menu), `{ claimId }` (links, tests) or nothing (the selection). */
type ClaimArg = ClaimsNode | { claimId: string; note?: string } | undefined;

export function registerClaimsCommands(context: vscode.ExtensionContext, services: Services, claims: ClaimsView, fileName: FileNamer): void {
  const { index } = services;

  const claimOf = (arg: ClaimArg): Claim | undefined => {
    const target = arg ?? claims.view.selection[0];
    if (!target) return undefined;
    if ('claimId' in target) return claims.provider.allClaims().find((c) => c.id === target.claimId);
    if (target.kind === 'claim') return target.claim;
    return target.kind === 'source' ? target.parent.claim : undefined;
  };

  const showSource = async (source: ClaimSource, viewColumn?: vscode.ViewColumn) => {
    const document = await vscode.workspace.openTextDocument(index.uriOf(source.file));
    const selection = new vscode.Range(document.positionAt(source.start), document.positionAt(source.end));
    return vscode.window.showTextDocument(document, { selection, viewColumn, preview: viewColumn === undefined });
  };

  const markVerdict = (verdict: VerdictKind) => async (arg: ClaimArg) => {
    const claim = claimOf(arg);
    if (!claim) return;
    const note =
      arg && 'claimId' in arg && arg.note !== undefined
        ? arg.note
        : await vscode.window.showInputBox({
            title: `Mark claim ${verdict}`,
            prompt: 'Optional note (sources checked, reasoning). Escape cancels.',
            value: claims.verdicts.verdictFor(claim)?.note ?? '',
          });
    if (note === undefined) return;
    await reportErrors(claims.verdicts.set(claim, verdict, note.trim() || undefined));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(openSourceCommand, (source: ClaimSource) => showSource(source)),

    vscode.commands.registerCommand('crosscheck.claims.groupBy', async (grouping?: ClaimGrouping) => {
      const choice =
        grouping ??
        (
          await vscode.window.showQuickPick(
            (Object.keys(groupingLabels) as ClaimGrouping[]).map((value) => ({
              label: groupingLabels[value],
              description: value === claims.provider.grouping ? 'current' : undefined,
              value,
            })),
            { title: 'Group claims by' },
          )
        )?.value;
      if (choice) await claims.setGrouping(choice);
    }),

    vscode.commands.registerCommand('crosscheck.claims.filter', async (filter?: ClaimFilter) => {
      const next = filter ?? (await pickFilter(claims, services));
      if (next) claims.setFilter(next);
    }),

    vscode.commands.registerCommand('crosscheck.claims.clearFilter', () => claims.setFilter({})),

    vscode.commands.registerCommand('crosscheck.revealInClaims', async (arg?: { claimId: string }) => {
      await index.ready;
      const claimId = arg?.claimId ?? claimUnderCursor(services);
      if (!claimId || !(await claims.reveal(claimId))) {
        void vscode.window.showInformationMessage(arg ? 'That claim is no longer in the corpus.' : 'No claim found for the sentence under the cursor.');
      }
    }),

    vscode.commands.registerCommand('crosscheck.claims.copy', async (arg: ClaimArg) => {
      const claim = claimOf(arg);
      if (claim) await vscode.env.clipboard.writeText(claimAsText(claim, fileName, claims.verdicts.verdictFor(claim)));
    }),

    vscode.commands.registerCommand('crosscheck.claims.openSources', async (arg: ClaimArg) => {
      const claim = claimOf(arg);
      if (!claim) return;
      // One editor column per source file (VS Code has nine), each with its first sentence of the claim selected.
      const files = new Set<string>();
      const firstPerFile = claim.sources.filter((s) => !files.has(s.file) && files.add(s.file)).slice(0, 9);
      for (const [i, source] of firstPerFile.entries()) await showSource(source, vscode.ViewColumn.One + i);
    }),

    vscode.commands.registerCommand('crosscheck.claims.markVerified', markVerdict('verified')),
    vscode.commands.registerCommand('crosscheck.claims.markDisputed', markVerdict('disputed')),
    vscode.commands.registerCommand('crosscheck.claims.markUnclear', markVerdict('unclear')),
    vscode.commands.registerCommand('crosscheck.claims.clearVerdict', async (arg: ClaimArg) => {
      const claim = claimOf(arg);
      if (claim) await reportErrors(claims.verdicts.clear(claim));
    }),
  );
}

/** The most important claim whose source sentence contains the cursor of the active editor. */
function claimUnderCursor({ index }: Services): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  index.sync(editor.document);
  const offset = editor.document.offsetAt(editor.selection.active);
  return index.corpus.claimsAt(index.keyOf(editor.document.uri), offset).sort(compareClaims)[0]?.id;
}

async function pickFilter(claims: ClaimsView, services: Services): Promise<ClaimFilter | undefined> {
  const current = claims.provider.filter;
  type Item = vscode.QuickPickItem & { apply: () => Promise<ClaimFilter | undefined> | ClaimFilter };
  const items: Item[] = [
    { label: '$(search) Text…', description: current.text, apply: () => pickText(current) },
    { label: '$(symbol-class) Entity…', description: current.entity?.name, apply: () => pickEntity(claims, services, current) },
    ...statuses.map(
      (status: ClaimStatus): Item => ({
        label: `$(filter) ${statusLabels[status]}`,
        description: current.status === status ? 'current' : undefined,
        apply: () => ({ ...current, status }),
      }),
    ),
    { label: '$(clear-all) Any status', apply: () => ({ ...current, status: undefined }) },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Filter claims' });
  return picked?.apply();
}

async function pickText(current: ClaimFilter): Promise<ClaimFilter | undefined> {
  const text = await vscode.window.showInputBox({ title: 'Filter claims by text', prompt: 'Words in the statement, a source sentence or a value', value: current.text });
  return text === undefined ? undefined : { ...current, text: text.trim() || undefined };
}

async function pickEntity(claims: ClaimsView, { index }: Services, current: ClaimFilter): Promise<ClaimFilter | undefined> {
  const counts = new Map<string, number>();
  for (const claim of claims.provider.allClaims()) for (const id of claim.entities ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  const { corpus } = index;
  const items = [...counts]
    .map(([id, count]) => ({ entity: corpus.entity(id), count }))
    .filter((e) => e.entity !== undefined)
    .sort((a, b) => b.count - a.count)
    .map(({ entity, count }) => ({ label: entity!.name, description: `${entity!.type.toLowerCase()} · ${count} claim${count === 1 ? '' : 's'}`, id: entity!.id }));
  const picked = await vscode.window.showQuickPick([{ label: 'Any entity', id: '' }, ...items], { title: 'Filter claims by entity', matchOnDescription: true });
  if (!picked) return undefined;
  return { ...current, entity: picked.id ? { id: picked.id, name: picked.label } : undefined };
}

async function reportErrors(task: Promise<void>): Promise<void> {
  try {
    await task;
  } catch (error) {
    void vscode.window.showErrorMessage(`Crosscheck: could not save the verdict: ${error instanceof Error ? error.message : String(error)}`);
  }
}
