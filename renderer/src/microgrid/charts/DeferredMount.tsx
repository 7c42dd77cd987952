/**
 * Mounts heavy children (charts) one at a time, each in its own task, in document order. Mounting the
 * charts of a result together was one 300–500 ms task on our 2-core machines (recharts builds several
 * hundred SVG nodes per chart and settles its store in effects); one chart per task, after the previous
 * one has been painted, is 50–120 ms each, and input is answered between them.
 */
import { Skeleton } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';

type Waiter = () => void;
const queue: Waiter[] = [];
let draining = false;

/** Lets the browser paint, then starts the next mount in a fresh task. */
function nextTurn(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

function drain(): void {
  if (draining) return;
  const next = queue.shift();
  if (!next) return;
  draining = true;
  nextTurn(() => {
    next();
    // The mount's render and commit run in the task after the state update: wait one more turn.
    nextTurn(() => {
      draining = false;
      drain();
    });
  });
}

function enqueue(w: Waiter): () => void {
  queue.push(w);
  drain();
  return () => {
    const i = queue.indexOf(w);
    if (i >= 0) queue.splice(i, 1);
  };
}

export function DeferredMount({
  height,
  children,
  testId,
}: {
  height: number;
  children: ReactNode;
  testId?: string;
}) {
  const [mounted, setMounted] = useState(false);
  // In document order, so the charts at the top of the page come first.
  useEffect(() => (mounted ? undefined : enqueue(() => setMounted(true))), [mounted]);
  if (mounted) return <>{children}</>;
  return (
    <div data-testid={testId ? `${testId}-pending` : undefined} aria-busy="true">
      <Skeleton height={height} radius="sm" />
    </div>
  );
}
