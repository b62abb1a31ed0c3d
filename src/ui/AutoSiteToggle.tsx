import { Switch } from './Switch';
import { hostOf } from './format';

interface Props {
  origin: string;
  enabled: boolean;
  onToggle(enabled: boolean): void;
}

/** A switch that reflects `enabled` only: the parent decides, after any permission prompt. */
export function AutoSiteToggle({ origin, enabled, onToggle }: Props) {
  return (
    <Switch checked={enabled} onToggle={onToggle}>
      Analyze automatically on <span class="host">{hostOf(origin)}</span>
    </Switch>
  );
}
