/**
 * LoadingTasks: the long corpus work running now (the bundled pack loading, a pack imported, a
 * subscription updating), each with its name, a <progress> bar named by it (indeterminate while
 * its total is unknown) and the percentage. Nothing at all when nothing runs. Not a live region:
 * a bar that moves every half second would keep a screen reader talking; the bar says its value.
 */
import { useId } from 'preact/hooks';
import { percentDone, type LoadProgress } from '../../lib/core/corpus/load-progress';

export function LoadingTasks({ tasks }: { tasks: readonly LoadProgress[] }) {
  const id = useId();
  if (tasks.length === 0) return null;
  return (
    <section class="pp-loading" aria-label="In progress">
      <ul>
        {tasks.map((t, i) => {
          const percent = percentDone(t);
          return (
            <li key={`${t.key ?? t.task}@${t.startedAt}`} class="pp-loading-task">
              <span id={`${id}-${i}`} class="pp-loading-name" title={t.task}>
                {t.task}
              </span>
              <span class="pp-loading-percent" aria-hidden="true">
                {percent === null ? '' : `${percent}%`}
              </span>
              {/* Keyed by whether it is determinate: a bar that loses its value must become indeterminate. */}
              {percent === null ? (
                <progress key="unknown" aria-labelledby={`${id}-${i}`} />
              ) : (
                <progress key="known" aria-labelledby={`${id}-${i}`} value={t.done} max={t.total} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
