import { AutoSiteToggle } from './AutoSiteToggle';

interface Props {
  autoSite: { origin: string; enabled: boolean } | null;
  onToggleAutoSite(enabled: boolean): void;
}

export function Footer({ autoSite, onToggleAutoSite }: Props) {
  return (
    <footer class="footer">
      {autoSite && <AutoSiteToggle origin={autoSite.origin} enabled={autoSite.enabled} onToggle={onToggleAutoSite} />}
      <p class="privacy">Everything is analyzed on this computer. Nothing is sent anywhere.</p>
    </footer>
  );
}
