/**
 * AcceptCandidateForm: turns a recurring name into a known entity — its name, type, the spellings
 * that should be spotted as it, and an optional description. Checks only what the reader can fix
 * here (a name is needed); the background checks the rest.
 */
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Candidate, NewEntity } from '../../lib/core/corpus/types';
import { ENTITY_TYPES, type EntityType } from '../../lib/core/pack/types';
import { BusyButton } from '../shared/BusyButton';

export interface AcceptCandidateFormProps {
  candidate: Candidate;
  busy: boolean;
  onSubmit(entity: NewEntity): void;
  onCancel(): void;
}

/** One alias a line, trimmed, blanks and repeats dropped, the name always first. */
export function aliasesFrom(name: string, lines: string): string[] {
  const all = [name, ...lines.split(/\r?\n/)].map((a) => a.trim()).filter((a) => a !== '');
  return [...new Set(all)];
}

export function AcceptCandidateForm({ candidate, busy, onSubmit, onCancel }: AcceptCandidateFormProps) {
  const id = useId();
  const [name, setName] = useState(candidate.name);
  const [type, setType] = useState<EntityType>('person');
  const [aliases, setAliases] = useState(() => aliasesFrom(candidate.name, candidate.variants.join('\n')).join('\n'));
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => nameRef.current?.focus?.(), []);

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    if (trimmed === '') {
      setError('Give the name.');
      nameRef.current?.focus?.();
      return;
    }
    setError(null);
    const entity: NewEntity = { name: trimmed, type, aliases: aliasesFrom(trimmed, aliases) };
    if (description.trim() !== '') entity.description = description.trim();
    onSubmit(entity);
  };

  return (
    <form
      class="mc-form"
      aria-label={`Add “${candidate.name}” to known names`}
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <label class="mc-field-label" for={`${id}-name`}>
        Name
      </label>
      <input
        id={`${id}-name`}
        ref={nameRef}
        type="text"
        value={name}
        autoComplete="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} class="mc-field-error" role="alert">
          {error}
        </p>
      )}
      <label class="mc-field-label" for={`${id}-type`}>
        Type
      </label>
      <select id={`${id}-type`} value={type} onChange={(e) => setType(e.currentTarget.value as EntityType)}>
        {ENTITY_TYPES.map((t) => (
          // `selected` too: it is what a document without select.value (as in tests) reads.
          <option key={t} value={t} selected={t === type}>
            {t}
          </option>
        ))}
      </select>
      <label class="mc-field-label" for={`${id}-aliases`}>
        Aliases, one per line
      </label>
      <textarea id={`${id}-aliases`} rows={3} value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
      <label class="mc-field-label" for={`${id}-description`}>
        Description
      </label>
      <input id={`${id}-description`} type="text" value={description} autoComplete="off" onInput={(e) => setDescription(e.currentTarget.value)} />
      <div class="mc-row">
        <BusyButton type="submit" class="mc-button mc-primary" running={busy} label="Add to known names" busyLabel="Adding…" />
        <button type="button" class="mc-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
