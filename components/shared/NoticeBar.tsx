/**
 * NoticeBar: what just happened to the collection (saved, deleted, imported, failed), in live
 * regions that are always present so screen readers announce changes: role=status for info,
 * role=alert for errors. Undo (when offered) calls the notice's undo; Dismiss asks to clear it.
 */
export interface Notice {
  text: string;
  kind: 'info' | 'error';
  undo?: () => void;
}

export interface NoticeBarProps {
  notice: Notice | null;
  onDismiss(): void;
}

function Body({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  return (
    <>
      <span class="cv-notice-text">{notice.text}</span>
      {notice.undo && (
        <button type="button" class="cv-button cv-undo" onClick={() => notice.undo?.()}>
          Undo
        </button>
      )}
      <button type="button" class="cv-button cv-dismiss" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </>
  );
}

export function NoticeBar({ notice, onDismiss }: NoticeBarProps) {
  return (
    <div class="cv-notices">
      <div class="cv-notice cv-notice-info" role="status">
        {notice?.kind === 'info' && <Body notice={notice} onDismiss={onDismiss} />}
      </div>
      <div class="cv-notice cv-notice-error" role="alert">
        {notice?.kind === 'error' && <Body notice={notice} onDismiss={onDismiss} />}
      </div>
    </div>
  );
}
