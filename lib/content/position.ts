/**
 * Places the popover next to a mention with Floating UI: below it if there is room, above if not,
 * never over the mention itself and always inside the viewport.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';

export function placeNear(range: Range, floating: HTMLElement): () => void {
  const reference = {
    // The element around the mention, so scrolling its containers moves the popover with it.
    contextElement: range.startContainer.parentElement ?? undefined,
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
  };
  const update = () =>
    computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            floating.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  return autoUpdate(reference, floating, update, { animationFrame: false });
}
