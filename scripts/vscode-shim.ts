// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }),
// for machines without desktop VS Code (launched through scripts/vscode-shim.sh). It takes the
// arguments runTests passes (the folder, --extensionDevelopmentPath=, --extensionTestsPath=; the
// rest is for Electron and ignored), runs the tests in code-server's real Node extension host with
// the workbench in headless Chromium, relays the test output to stdout and exits with the tests'
// exit code. Without this shim, runTests downloads and runs desktop VS Code with the same suites.
import { format } from 'node:util';
import { launchChromium, startCodeServer } from './code-server';

const galleryDisabledNotice = 'Ignoring fetching additional builtin extensions from gallery as it is disabled.';
const timeoutMs = Number(process.env.CROSSCHECK_TEST_TIMEOUT_MS ?? 10 * 60_000);

interface ShimArguments {
  folder?: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
}

function parseArguments(argv: string[]): ShimArguments {
  const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const extensionDevelopmentPath = option('extensionDevelopmentPath');
  const extensionTestsPath = option('extensionTestsPath');
  if (!extensionDevelopmentPath || !extensionTestsPath) {
    throw new Error('usage: vscode-shim [folder] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE');
  }
  const folder = argv.find((arg) => !arg.startsWith('-'));
  return { folder, extensionDevelopmentPath, extensionTestsPath };
}

async function main(): Promise<number> {
  const target = parseArguments(process.argv.slice(2));
  const server = await startCodeServer();
  const browser = await launchChromium().catch(async (error) => {
    await server.stop();
    throw error;
  });
  const shutDown = async () => {
    await browser.close();
    await server.stop();
  };
  // runTests forwards Ctrl+C as SIGINT: take the server and browser down with us.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void shutDown().finally(() => process.exit(130)));
  }
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    let finish!: (code: number) => void;
    const exitCode = new Promise<number>((resolve) => (finish = resolve));
    // The workbench calls these on its window when it runs extension tests from the command line.
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await page.exposeFunction('codeAutomationLog', relayLog);
    page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));
    const abort = (reason: string) => {
      console.error(`vscode-shim: ${reason}\n--- code-server output ---\n${server.output()}`);
      finish(1);
    };
    page.once('crash', () => abort('the workbench page crashed'));
    setTimeout(() => abort(`no test result after ${timeoutMs / 1000} s`), timeoutMs).unref();
    await page.goto(server.workbenchUrl(target));
    return await exitCode;
  } finally {
    await shutDown();
  }
}

/**
 * The workbench's log calls, which carry the extension host's console output (the tests' report)
 * among its own messages, as desktop VS Code prints them in a test run.
 */
function relayLog(type: string, args: unknown[]): void {
  const text = format(...args);
  if (text === galleryDisabledNotice) return; // repeated ten times per run: the gallery is off on purpose
  (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
