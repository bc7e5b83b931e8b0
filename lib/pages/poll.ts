/**
 * Asks something now, and again every `every` ms for as long as its answer says there is more to
 * see (long work in progress): an extension page follows a load without asking while nothing runs.
 * Each answer is handed on as it comes; the returned function stops it (so does closing the page).
 */
export function pollWhile<T>(ask: () => Promise<T>, onAnswer: (answer: T) => void, more: (answer: T) => boolean, every = 500): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const round = async () => {
    const answer = await ask();
    if (stopped) return;
    onAnswer(answer);
    if (more(answer)) timer = setTimeout(() => void round(), every);
  };
  void round();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
