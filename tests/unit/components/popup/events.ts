/** The popup's event props as mock functions, for its component tests to render PopupApp with and check. */
import { vi } from 'vitest';
import type { PopupProps } from '../../../../components/popup/PopupApp';

type Events = Pick<PopupProps, 'onHideChange' | 'onOverride' | 'onOpenMention' | 'onSiteOff' | 'onOpenCollection' | 'onAddArticle' | 'onOpenCorpus'>;

export const popupEvents = () =>
  ({
    onHideChange: vi.fn(),
    onOverride: vi.fn(),
    onOpenMention: vi.fn(),
    onSiteOff: vi.fn(),
    onOpenCollection: vi.fn(),
    onAddArticle: vi.fn(),
    onOpenCorpus: vi.fn(),
  }) satisfies Events;
