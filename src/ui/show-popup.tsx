// Test helper: renders the popup with callbacks that record their calls.
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import type { TabState } from '../messages';
import { Popup, type PopupProps } from './Popup';

export function showPopup(state: TabState | null, more: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    state,
    autoSite: null,
    onAnalyzeAnyway: vi.fn(),
    onRetry: vi.fn(),
    onToggleAutoSite: vi.fn(),
    onReveal: vi.fn(),
    onToggleMarks: vi.fn(),
    ...more,
  };
  const result = render(<Popup {...props} />);
  const rerender = (next: Partial<PopupProps>) => result.rerender(<Popup {...props} {...next} />);
  return { ...result, props, rerender };
}
