/** Polls `check` until it holds or `attempts` run out: for effects that land just after an answer. */
export async function eventually(check: () => boolean, attempts = 100, intervalMs = 20): Promise<boolean> {
  for (let i = 0; i < attempts; i += 1) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return check();
}
