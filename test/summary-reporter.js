// A Jest reporter that ends the run with one plain line, "N passed, N failed", the counts CI reads.
// It is written when the process exits, so that it comes after Jest's own summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed\n`;
    process.once("exit", () => process.stdout.write(line));
  }
}
module.exports = SummaryReporter;
