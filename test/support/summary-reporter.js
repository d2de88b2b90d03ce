// Prints one plain closing line, "jest: N passed, N failed", that CI tooling reads across languages
// (jest's own summary says "Tests: N passed, N total", which such tooling does not read).
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped ? `, ${skipped} skipped` : '';
    // A suite that fails to load runs no test, but it is a failure all the same.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${failed} failed${tail}\n`);
  }
}
module.exports = SummaryReporter;
