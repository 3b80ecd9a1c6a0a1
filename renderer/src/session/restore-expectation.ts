let expected = false;

/** The console that asked for a restore shows its own, more detailed message when it is done. */
export function expectRestore(): void {
  expected = true;
}

export function takeExpectedRestore(): boolean {
  const was = expected;
  expected = false;
  return was;
}
