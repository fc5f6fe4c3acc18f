/**
 * Runs a command-line script's main function and exits with its status. A reader that never settles would let
 * Node exit quietly with status 0, so stopping before `main` finished counts as a failure.
 */
export function runToEnd(main: () => Promise<void>, failure: string) {
  let finished = false;
  process.on("beforeExit", () => {
    if (!finished) {
      console.error("Stopped before finishing (a file could not be read to the end); nothing was changed.");
      process.exit(1);
    }
  });
  main().then(
    () => {
      finished = true;
      process.exit(0);
    },
    (e: Error) => {
      console.error(`${failure}: ${e.message}`);
      process.exit(1);
    },
  );
}
