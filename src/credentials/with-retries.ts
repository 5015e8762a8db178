/**
 * Runs `run`, and again up to `retries` more times while it rejects (waiting `pauseMs` between tries when given);
 * rejects with the last error.
 *
 * @example
 * const body = await withRetries(3, () => fetchCredentials(), 1000);
 */
export async function withRetries<T>(retries: number, run: () => Promise<T>, pauseMs?: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= retries) throw error;
    }
    if (pauseMs !== undefined) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}
