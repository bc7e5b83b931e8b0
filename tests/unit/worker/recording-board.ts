/** A progress board that also logs every begin, step and end in order, for tests to see what a task was told. */
import { createLoadProgress, type LoadProgressBoard } from '../../../lib/worker/load-progress';

export type BoardEvent = ['begin', string, { key?: string; total?: number } | undefined] | ['step', number, number | undefined] | ['end'];

export function recordingBoard(now = () => 7): { board: LoadProgressBoard; log: BoardEvent[] } {
  const inner = createLoadProgress(now);
  const log: BoardEvent[] = [];
  const board: LoadProgressBoard = {
    begin(task, options) {
      log.push(['begin', task, options]);
      const t = inner.begin(task, options);
      return {
        step(done, total) {
          log.push(['step', done, total]);
          t.step(done, total);
        },
        end() {
          log.push(['end']);
          t.end();
        },
      };
    },
    current: inner.current,
  };
  return { board, log };
}
