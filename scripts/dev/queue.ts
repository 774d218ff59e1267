// Two ways of running the dev server's work: one job at a time in order (everything that writes the
// site), and a task that, asked again while it runs, runs once more afterwards with what is new then.

/** Runs jobs one after another; a failed job does not stop the ones after it. */
export function serialQueue() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = last.then(job, job);
    last = run.catch(() => {});
    return run;
  };
}

/** `task` runs when asked; asks while it runs are folded into one more run after it. */
export function coalesced(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    do {
      again = false;
      await task().catch(() => {}); // the task reports its own errors
    } while (again);
    running = false;
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}
