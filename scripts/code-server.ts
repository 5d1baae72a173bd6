// A real VS Code for the tests without a desktop: code-server (VS Code's server and web workbench,
// installed by ensure-test-deps into .vscode-test/) plus headless Chromium driven by Playwright.
// Shared by the integration-test shim (vscode-shim.ts), the E2E helper (test/e2e/workbench.ts) and
// `npm start`. Why each step is needed: docs/TESTING.md.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const projectRoot = path.resolve(__dirname, '..');
export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3, the newest that runs on Node 20
export const codeServerDir = path.join(projectRoot, '.vscode-test', 'code-server');
export const codeServerBinary = path.join(codeServerDir, 'node_modules', '.bin', 'code-server');
export const chromiumPath = '/usr/bin/chromium';

export interface CodeServer {
  /** `127.0.0.1:PORT`, also the authority of `vscode-remote://` URIs for files on this machine. */
  readonly authority: string;
  /** The workbench URL that opens `folder` with the extension (and tests) under development. */
  workbenchUrl(target: WorkbenchTarget): string;
  /** Everything the server printed, for diagnosing a failed run. */
  output(): string;
  /** Kills the server's whole process group and removes its throwaway folders. */
  stop(): Promise<void>;
}

export interface WorkbenchTarget {
  folder?: string;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
}

/** User settings for a quiet, reproducible workbench; `settings` given to startCodeServer add to them. */
const baseSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.ignoreRecommendations': true,
  'git.openRepositoryInParentFolders': 'never', // samples/ lies inside this repository
};

/**
 * Starts code-server on a free port with throwaway profile folders and the given user settings;
 * resolves once it answers HTTP.
 */
export async function startCodeServer(settings: Record<string, unknown> = {}): Promise<CodeServer> {
  if (!fs.existsSync(codeServerBinary)) {
    throw new Error(`code-server is not installed at ${codeServerBinary}: run \`node --import tsx scripts/ensure-test-deps.ts\``);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-code-server-'));
  const dir = (name: string) => {
    const folder = path.join(scratch, name);
    fs.mkdirSync(folder);
    return folder;
  };
  const userData = dir('user-data');
  fs.mkdirSync(path.join(userData, 'User'));
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...baseSettings, ...settings }, null, 2));
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const args = [
    '--bind-addr', authority, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userData, '--extensions-dir', dir('extensions'),
    '--config', path.join(dir('config'), 'config.yaml'),
  ];
  // Left to itself it writes sockets and state under HOME/TMPDIR/XDG_DATA_HOME and asks the marketplace.
  const env = {
    ...process.env, EXTENSIONS_GALLERY: '{}', HOME: dir('home'), TMPDIR: dir('tmp'), XDG_DATA_HOME: dir('data'),
  };
  // Detached: its own process group, so stop() can kill the extension host and watchers with it.
  const child = spawn(codeServerBinary, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    killGroup(child.pid, 'SIGTERM');
    await Promise.race([exited, delay(5000)]);
    killGroup(child.pid, 'SIGKILL'); // whatever of the group outlived the server
    await removeFolder(scratch);
  };
  const server: CodeServer = {
    authority,
    workbenchUrl: (target) => workbenchUrl(authority, target),
    output: () => log,
    stop,
  };
  try {
    await Promise.race([
      waitForHttp(`http://${authority}/healthz`, 60_000),
      exited.then(() => Promise.reject(new Error('code-server exited during start-up'))),
    ]);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- code-server output ---\n${log}`);
  }
  return server;
}

/** The workbench takes the development paths in its `payload` query (code-server's CLI rejects them). */
function workbenchUrl(authority: string, { folder, extensionDevelopmentPath, extensionTestsPath }: WorkbenchTarget): string {
  const remote = (file: string) => `vscode-remote://${authority}${path.resolve(file)}`;
  const payload: [string, string][] = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', path.resolve(folder));
  else query.set('ew', 'true'); // an empty window instead of the last opened folder
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `http://${authority}/?${query}`;
}

export interface Chromium {
  readonly context: BrowserContext;
  /** Ends the browser and removes its profile. */
  close(): Promise<void>;
}

/** Headless Debian Chromium with a fresh profile. */
export async function launchChromium(): Promise<Chromium> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      viewport: { width: 1440, height: 900 },
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
      ],
    });
    return {
      context,
      close: async () => {
        await context.close().catch(() => undefined);
        await removeFolder(profile);
      },
    };
  } catch (error) {
    await removeFolder(profile);
    throw error;
  }
}

async function removeFolder(folder: string): Promise<void> {
  await fs.promises
    .rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
    .catch((error: Error) => console.warn(`could not remove ${folder}: ${error.message}`));
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000} s`);
    await delay(200);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
