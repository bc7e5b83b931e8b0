/**
 * toBackupJson: the whole collection as a "parallax-highlights/1" file — every field as stored, so
 * parseImport can restore it on another browser or after a reinstall. The one lossless format.
 */
import { HIGHLIGHTS_FORMAT, type Highlight, type HighlightsBackup } from '../highlights/types';

export function toBackupJson(highlights: Highlight[], now: Date): string {
  const backup: HighlightsBackup = { format: HIGHLIGHTS_FORMAT, exported: now.toISOString(), highlights };
  // Pretty-printed: a backup is also read by people (and diffed), and size is not a concern here.
  return `${JSON.stringify(backup, null, 2)}\n`;
}
