/**
 * One HiGHS (WebAssembly) runtime per thread, loaded on first use and reused for every solve: loading
 * costs tens of milliseconds, a solve of a day of dispatch a few (NOTES-stack.md, "HiGHS").
 */
import loadHighs, { type Highs } from 'highs';

let runtime: Promise<Highs> | null = null;

export function highsRuntime(): Promise<Highs> {
  if (!runtime) runtime = loadHighs();
  return runtime;
}
