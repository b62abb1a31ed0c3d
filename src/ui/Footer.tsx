import type { MarksStatus } from '../messages';
import { AutoSiteToggle } from './AutoSiteToggle';
import { Switch } from './Switch';

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
        <Switch checked={marks.visible} onToggle={onToggleMarks} testId="marks-toggle">
          Highlight claims on the page{marks.visible ? ` (${marks.anchored} of ${marks.marks} found)` : ''}
        </Switch>
      )}
      {autoSite && <AutoSiteToggle origin={autoSite.origin} enabled={autoSite.enabled} onToggle={onToggleAutoSite} />}
      <p class="privacy">Everything is analyzed on this computer. Nothing you read is sent anywhere.</p>
    </footer>
  );
}
