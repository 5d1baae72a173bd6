#!/bin/sh
# The executable handed to @vscode/test-electron's runTests({ vscodeExecutablePath }): see vscode-shim.ts.
exec node --import tsx "$(dirname "$0")/vscode-shim.ts" "$@"
