/**
 * Ctrl-C (SIGINT) or SIGTERM runs `close` once, then exits: 0 when it closed
 * cleanly, 1 with the error printed otherwise. A second signal while closing
 * is ignored, so a double Ctrl-C cannot leave ports half released.
 *
 * @param say where the "stopping" line goes (default `console.log`)
 */
export function stopOnSignals(close: () => Promise<void>, say: (line: string) => void = console.log): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping…`);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
