import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why tests were skipped (the list reporter shows only that they were). */
export default class SkipReasons implements Reporter {
  readonly #reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason =
      [...result.annotations, ...test.annotations].find((a) => a.type === 'skip' && a.description)?.description ?? 'no reason given';
    this.#reasons.set(reason, (this.#reasons.get(reason) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.#reasons) console.log(`  skipped ${count} test${count === 1 ? '' : 's'}: ${reason}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
