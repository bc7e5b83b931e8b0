/**
 * CandidateList: names that recur in the reader's articles but are no known entity yet, each with
 * how often it was seen and a few sentences it appears in (the name marked), and "Accept…", which
 * opens the form that makes it a known name. Props in, events out.
 */
import { useState } from 'preact/hooks';
import { markSpans, splitByMarks } from '../../lib/core/coverage/marks';
import type { Candidate, CandidateContext, NewEntity } from '../../lib/core/corpus/types';
import { AcceptCandidateForm } from './AcceptCandidateForm';
import { plural } from '../../lib/core/plural';
import { useReturnFocus } from '../shared/use-return-focus';
import type { Busy } from './corpus-ui';

export interface CandidateListProps {
  candidates: Candidate[];
  busy: Busy | null;
  /** The candidate whose form was submitted last: while busy accepting, its form says so. */
  submitting: string | null;
  onAccept(entity: NewEntity, candidateName: string): void;
  /** The reader says it is not a name: it should not be offered again. */
  onDismiss(candidateName: string): void;
}

/** Enough context to judge the name without turning the list into a wall of text. */
const MAX_CONTEXTS = 3;

/** The sentence with the name (and its variants) in <mark>, built from text pieces, never HTML. */
function Context({ context, names }: { context: CandidateContext; names: string[] }) {
  const pieces = splitByMarks(context.sentence, markSpans(context.sentence, names));
  return (
    <li class="mc-context">
      <span class="mc-context-sentence">{pieces.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}</span>
      <span class="mc-muted"> — {context.title}</span>
    </li>
  );
}

interface ItemProps {
  candidate: Candidate;
  busy: boolean;
  onAccept(entity: NewEntity): void;
  onDismiss(): void;
}

function CandidateItem({ candidate, busy, onAccept, onDismiss }: ItemProps) {
  const [open, setOpen] = useState(false);
  const acceptRef = useReturnFocus<HTMLButtonElement>(open);
  const names = [candidate.name, ...candidate.variants];
  return (
    <li class="mc-item mc-candidate" data-candidate={candidate.name}>
      <p class="mc-candidate-head">
        <strong class="mc-candidate-name">{candidate.name}</strong>
        <span class="mc-muted mc-seen">seen {plural(candidate.count, 'time')}</span>
      </p>
      {candidate.contexts.length > 0 && (
        <ul class="mc-contexts">
          {candidate.contexts.slice(0, MAX_CONTEXTS).map((c, i) => (
            <Context key={i} context={c} names={names} />
          ))}
        </ul>
      )}
      {open ? (
        <AcceptCandidateForm candidate={candidate} busy={busy} onSubmit={onAccept} onCancel={() => setOpen(false)} />
      ) : (
        <div class="mc-row">
          <button type="button" class="mc-button mc-accept" ref={acceptRef} aria-label={`Accept “${candidate.name}”`} onClick={() => setOpen(true)}>
            Accept…
          </button>
          <button type="button" class="mc-button mc-dismiss" aria-label={`“${candidate.name}” is not a name`} onClick={() => onDismiss()}>
            Not a name
          </button>
        </div>
      )}
    </li>
  );
}

export function CandidateList({ candidates, busy, submitting, onAccept, onDismiss }: CandidateListProps) {
  return (
    <ul class="mc-candidates">
      {candidates.map((c) => (
        <CandidateItem
          key={c.name}
          candidate={c}
          busy={busy === 'accept' && submitting === c.name}
          onAccept={(entity) => onAccept(entity, c.name)}
          onDismiss={() => onDismiss(c.name)}
        />
      ))}
    </ul>
  );
}
