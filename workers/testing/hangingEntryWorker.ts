/** Test-only worker entry that never finishes loading (an infinite loop at top level), so it never calls expose(). */
for (;;) {
  // never yields
}
