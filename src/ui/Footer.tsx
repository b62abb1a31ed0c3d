import type { MarksStatus } from '../messages';
import { AutoSiteToggle } from './AutoSiteToggle';

interface Props {
  autoSite: { origin: string; enabled: boolean } | null;
  onToggleAutoSite(enabled: boolean): void;
  marks: MarksStatus | null;
  onToggleMarks?: ((visible: boolean) => void) | undefined;
}

export function Footer({ autoSite, onToggleAutoSite, marks, onToggleMarks }: Props) {
  return (
    <footer class="footer">
      {marks && marks.marks > 0 && onToggleMarks && (
        <label class="toggle">
          <input
            type="checkbox"
            role="switch"
            data-testid="marks-toggle"
            checked={marks.visible}
            onChange={(event) => {
              const input = event.currentTarget;
              const wanted = input.checked;
              input.checked = marks.visible; // controlled: the page says when it changed
              onToggleMarks(wanted);
            }}
          />
          <span class="toggle-label">
            Highlight claims on the page{marks.visible ? ` (${marks.anchored} of ${marks.marks} found)` : ''}
          </span>
        </label>
      )}
      {autoSite && <AutoSiteToggle origin={autoSite.origin} enabled={autoSite.enabled} onToggle={onToggleAutoSite} />}
      <p class="privacy">Everything is analyzed on this computer. Nothing is sent anywhere.</p>
    </footer>
  );
}
