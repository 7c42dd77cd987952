/** Test-only worker entry that fails while loading, like a worker whose module has a start-up bug. */
throw new Error('failing entry: broken at start-up');
