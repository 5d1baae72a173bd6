#!/bin/sh
# The executable handed to @vscode/test-electron's runTests({ vscodeExecutablePath }): see vscode-shim.ts.
# From the project root, where `tsx` resolves; runTests passes absolute paths.
cd "$(dirname "$0")/.." && exec node --import tsx scripts/vscode-shim.ts "$@"
