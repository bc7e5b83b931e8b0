/**
 * Popover: at a mention on a news page, how the other outlets in the corpus reported the same
 * event or figure, question by question and claim by claim — or why there is nothing to show.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Coverage } from '../../lib/core/coverage/types';
import type { HiddenOutlet } from '../../lib/core/coverage/filters';
import { addStatusText, type AddState } from '../../lib/core/corpus/describe';
import { plural } from '../../lib/core/plural';
import { BusyButton } from '../shared/BusyButton';
import { drawnName, say } from '../shared/say';
import { type Seen, type SeenVerdict, useSeen } from '../shared/seen';
import { FacetSection } from './FacetSection';
import { keepTabInside, keptFromPage, moveWithArrows } from './card-keys';
import { type CardMark, MARK_COLOURS, markWords } from '../../lib/core/card-mark';
import { usePlainView } from '../shared/plain-view';
import { claimsShown, outletsWithin, useRevealed } from './reveal';

export type PopoverState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; coverage: Coverage };

export interface PopoverProps {
  state: PopoverState;
  mentionText: string;
  onClose: () => void;
  /** Show the outlets the filters hid, in this card only. */
  onShowHidden?: () => void;
  /** Save the sentence around the mention, with this evidence, to the collection. */
  onSave?: () => void;
  /** Add the page being read to the reader's corpus; `adding` says how that went. */
  onAddArticle?: () => void;
  adding?: AddState;
  /** The pointer entered (true) or left (false) the card, so hovering it keeps it open. */
  onPointerInside?: (inside: boolean) => void;
  /** Open the event page of what the card shows (its context event, or the entity itself). */
  onOpenEvent?: (entityId: string) => void;
  /** The reader's card mark (lib/core/card-mark.ts), which no imitation of the card can show. */
  mark?: CardMark | null;
}

const TYPE_NAMES: Record<string, string> = {
  event: 'Event',
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  object: 'Object',
  group: 'Group',
};

export function hiddenNote(hidden: HiddenOutlet[]): string {
  const list = hidden.map((h) => `${h.name} (${h.axis}: ${h.label})`).join(', ');
  return `${plural(hidden.length, 'outlet')} hidden by your filters: ${list}`;
}

function Notes({ coverage, onShowHidden }: { coverage: Coverage; onShowHidden?: () => void }) {
  const { entity, outletIds, hidden, excludedOutletId } = coverage;
  const showHiddenName = drawnName('Show them here');
  return (
    <>
      {outletIds.length === 0 && hidden.length === 0 && (
        <p class="px-empty">
          {say(
            `No other outlet in your corpus reports on ${entity.name} yet.${excludedOutletId ? ' This page’s outlet is left out of the comparison.' : ''}`,
          )}
        </p>
      )}
      {outletIds.length === 0 && hidden.length > 0 && (
        <p class="px-empty">{say(`Every outlet that covers ${entity.name} is hidden by your filters.`)}</p>
      )}
      {hidden.length > 0 && (
        <p class="px-hidden">
          {say(hiddenNote(hidden))}
          {onShowHidden && (
            <>
              {' '}
              <button type="button" class="px-show-hidden" tabIndex={-1} {...showHiddenName} onClick={() => onShowHidden()}>
                {say('Show them here')}
              </button>
            </>
          )}
        </p>
      )}
    </>
  );
}

/** Why a click on an action did nothing (components/shared/seen.ts), or undefined when it acted. */
type Refused = Exclude<SeenVerdict, 'seen'> | undefined;
/** Told of each click on an action. */
type OnCovered = { onCovered: (why: Refused) => void };

const REFUSED: Record<Exclude<Refused, undefined>, string> = {
  covered:
    'The card was not in plain view (something on this page covers or alters it), so that click did nothing. Click again once you can see the whole card.',
  sudden: 'That click came as the card appeared or moved under the pointer, so it did nothing. Click again if you meant it.',
};

/** Runs `act` once its button is known to have been seen when pressed (components/shared/seen.ts); tells `onCovered` either way. */
const ifSeen = (seen: Seen, act: () => void, onCovered: (why: Refused) => void) => (e: MouseEvent) =>
  void seen.whenSeen(e).then((verdict) => {
    onCovered(verdict === 'seen' ? undefined : verdict);
    if (verdict === 'seen') act();
  });

/** The reader's card mark, shown only while nothing lies over the card (components/shared/plain-view.ts). */
function Mark({ mark }: { mark: CardMark }) {
  const [ref, view] = usePlainView();
  return (
    <p
      ref={ref}
      class="px-mark"
      title="Your card mark: every card Parallax draws shows it while nothing covers the card, and a page cannot know it. A card without it is not Parallax’s."
    >
      {view === 'shown' && <span class="px-mark-dot" style={{ background: MARK_COLOURS[mark.colour] }} aria-hidden="true" />}
      {view === 'shown'
        ? say(`Your mark: ${markWords(mark)}`)
        : view === 'covered'
          ? say('Mark hidden: the page covers or alters this card')
          : say('\u00a0')}
    </p>
  );
}

function Head({ state, mentionText, onClose, onSave, onOpenEvent, onCovered, mark }: PopoverProps & OnCovered) {
  const entity = state.kind === 'ready' ? state.coverage.entity : undefined;
  const saveSeen = useSeen();
  const openSeen = useSeen();
  const title = entity ? entity.name : mentionText;
  const titleName = drawnName(title);
  const openName = drawnName('Open the full comparison');
  const saveName = drawnName('Save');
  return (
    <header class="px-head">
      <div class="px-head-text">
        <h2 id="px-title" class="px-title" {...titleName}>
          {say(title)}
        </h2>
        {entity && (
          <p class="px-meta">
            <span class="px-type">{say(TYPE_NAMES[entity.type] ?? entity.type)}</span>
            {entity.description && <span class="px-desc">{say(` · ${entity.description}`)}</span>}
          </p>
        )}
        {mark && <Mark mark={mark} />}
        {state.kind === 'ready' && state.coverage.context && (
          <p class="px-context">{say(`Shown with the reporting on ${state.coverage.context.name}, where most of its mentions are.`)}</p>
        )}
        {onOpenEvent && state.kind === 'ready' && (
          <button
            ref={openSeen.ref}
            onPointerDown={openSeen.onPointerDown}
            type="button"
            class="px-open-event"
            {...openName}
            onClick={(e) => e.isTrusted && ifSeen(openSeen, () => onOpenEvent(state.coverage.context?.id ?? state.coverage.entity.id), onCovered)(e)}
          >
            {say('Open the full comparison')}
          </button>
        )}
      </div>
      {onSave && state.kind === 'ready' && (
        <button
          ref={saveSeen.ref}
          onPointerDown={saveSeen.onPointerDown}
          type="button"
          class="px-save-button"
          {...saveName}
          title="Save the sentence and this evidence to your collection"
          onClick={ifSeen(saveSeen, onSave, onCovered)}
        >
          {say('Save')}
        </button>
      )}
      <button type="button" class="px-close" aria-label="Close" title="Close" onClick={() => onClose()}>
        {say('×')}
      </button>
    </header>
  );
}

/** The card's foot: add the article being read, so the comparison grows with it. */
function AddArticle({ adding = { kind: 'idle' }, onAddArticle, onCovered }: Pick<PopoverProps, 'adding' | 'onAddArticle'> & OnCovered) {
  const addSeen = useSeen();
  if (!onAddArticle) return null;
  return (
    <footer class="px-foot">
      <BusyButton
        class="px-add"
        buttonRef={addSeen.ref}
        onPointerDown={addSeen.onPointerDown}
        running={adding.kind === 'busy'}
        label="Add this article"
        busyLabel="Adding…"
        onClick={ifSeen(addSeen, onAddArticle, onCovered)}
      />
      <p class={adding.kind === 'error' ? 'px-add-status px-add-failed' : 'px-add-status'} role="status">
        {say(addStatusText(adding, ''))}
      </p>
    </footer>
  );
}

/** The questions and their outlets, rendered in steps (./reveal.ts); busy until all are there. */
function Facets({ coverage }: { coverage: Coverage }) {
  const { entity, facets } = coverage;
  const aliases = useMemo(() => [entity.name, ...entity.aliases], [entity]);
  const total = useMemo(() => claimsShown(facets), [facets]);
  const budget = useRevealed(coverage, total);
  const counts = outletsWithin(facets, budget);
  return (
    <div class="px-facets" aria-busy={budget < total ? 'true' : undefined}>
      {facets.map((g, i) =>
        counts[i] > 0 ? (
          <FacetSection key={g.facet?.id ?? ''} group={g} aliases={aliases} exactCase={entity.rules?.exactCase} outletCount={counts[i]} />
        ) : null,
      )}
    </div>
  );
}

export function Popover(props: PopoverProps) {
  const { state } = props;
  const [covered, setCovered] = useState<Refused>(undefined);
  // Said of one card: the next mention's card starts without it.
  useEffect(() => setCovered(undefined), [props.mentionText]);
  return (
    <div
      class="px-popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby="px-title"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (!e.isTrusted) return;
        keepTabInside(e);
        keptFromPage(e);
      }}
      onKeyUp={keptFromPage}
      onKeyPress={keptFromPage}
      onPointerEnter={(e) => e.isTrusted && props.onPointerInside?.(true)}
      onPointerLeave={(e) => e.isTrusted && props.onPointerInside?.(false)}
    >
      {/* The largest thing the card paints, the same size whatever it holds: what the page can learn of the card from
          its largest-contentful-paint entries (the size of its largest block of text) is then only that it opened. */}
      <span class="px-paint-mark" aria-hidden="true" />
      <Head {...props} onCovered={setCovered} />
      {covered && (
        <p class="px-covered" role="alert">
          {say(REFUSED[covered])}
        </p>
      )}
      {/* One tab stop whatever the card holds; its links and buttons are reached with the arrow keys (./card-keys.ts). */}
      <div
        class="px-body"
        role="region"
        aria-label="Reporting (arrow keys reach its links and buttons)"
        tabIndex={0}
        onKeyDown={(e) => e.isTrusted && moveWithArrows(e)}
      >
        {state.kind === 'loading' && (
          <p class="px-loading" aria-busy="true">
            {say('Gathering how other outlets reported this…')}
          </p>
        )}
        {state.kind === 'error' && (
          <p class="px-error" role="alert">
            {say(state.message)}
          </p>
        )}
        {state.kind === 'ready' && <Notes coverage={state.coverage} onShowHidden={props.onShowHidden} />}
        {state.kind === 'ready' && <Facets coverage={state.coverage} />}
      </div>
      <AddArticle adding={props.adding} onAddArticle={props.onAddArticle} onCovered={setCovered} />
    </div>
  );
}
