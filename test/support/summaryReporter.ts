// Mocha's spec output followed by one machine-readable line with the counts, which
// scripts/test-all.mjs reads from each suite's output (unit, integration, E2E alike).
import Mocha from 'mocha';

const SUMMARY_PREFIX = '[test-summary]';

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    // Registered after Spec's own handler, so the line follows its epilogue.
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures, pending } = this.stats;
      console.log(`${SUMMARY_PREFIX} ${JSON.stringify({ passed: passes, failed: failures, pending })}`);
    });
  }
}

export = SummaryReporter;
