#!/usr/bin/env node
// Entry point of the `crosscheck` command: the CLI itself is the esbuild bundle dist/cli.js.
'use strict';
const fs = require('fs');
const path = require('path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write(`crosscheck: ${path.relative(process.cwd(), bundle) || bundle} is missing; run \`npm run build\` first.\n`);
  process.exit(1);
}
require(bundle);
