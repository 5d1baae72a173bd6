// Installs what the integration and E2E tests need, once: Debian's chromium and ripgrep (and
// libkrb5-dev, which code-server's native modules build against), then code-server cached in
// .vscode-test/code-server. A second run finds everything in place and returns in a moment.
// Run: node --import tsx scripts/ensure-test-deps.ts
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CODE_SERVER_VERSION, chromiumPath, codeServerBinary, codeServerDir } from './code-server';

const installedMarker = path.join(codeServerDir, `.installed-${CODE_SERVER_VERSION}`);

function main(): void {
  const codeServerMissing = !fs.existsSync(installedMarker) || !fs.existsSync(codeServerBinary);
  const packages = [
    fs.existsSync(chromiumPath) ? undefined : 'chromium',
    which('rg') ? undefined : 'ripgrep',
    codeServerMissing && !debianPackageInstalled('libkrb5-dev') ? 'libkrb5-dev' : undefined,
  ].filter((name): name is string => name !== undefined);
  if (packages.length) installDebianPackages(packages);
  if (codeServerMissing) installCodeServer();
}

function installDebianPackages(packages: string[]): void {
  console.log(`Installing Debian packages: ${packages.join(' ')}`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run([...sudo, 'apt-get', 'update', '-qq'], { env });
  run([...sudo, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}

function installCodeServer(): void {
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), codeServerDir)} (about 2 minutes)`);
  fs.rmSync(codeServerDir, { recursive: true, force: true });
  const tmp = path.join(codeServerDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(codeServerDir, 'package.json'), '{ "private": true }\n');
  provideRipgrepDownload(tmp);
  run(['npm', 'install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: codeServerDir,
    env: {
      ...process.env,
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root otherwise
      npm_config_yes: 'true', // node-pty runs `npx node-gyp`, which a `yes=false` npmrc aborts
      TMPDIR: tmp,
    },
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.writeFileSync(installedMarker, `${new Date().toISOString()}\n`);
}

/**
 * @vscode/ripgrep's postinstall downloads `rg` from GitHub (unreachable here) unless the archive is
 * already in its cache under TMPDIR: put Debian's rg there under the name it looks for.
 */
function provideRipgrepDownload(tmp: string): void {
  const cache = path.join(tmp, 'vscode-ripgrep-cache-1.15.11');
  fs.mkdirSync(cache, { recursive: true });
  const staging = fs.mkdtempSync(path.join(tmp, 'rg-'));
  fs.copyFileSync(which('rg') ?? '/usr/bin/rg', path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  run(['tar', '-czf', path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', staging, 'rg']);
}

function debianPackageInstalled(name: string): boolean {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return query.stdout === 'install ok installed';
}

function which(command: string): string | undefined {
  const lookup = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return lookup.status === 0 ? lookup.stdout.trim() : undefined;
}

function run([command, ...args]: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  const result = spawnSync(command, args, { ...options, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed (${result.status ?? result.signal})`);
}

main();
