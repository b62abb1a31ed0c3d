import { hostOf } from './format';

interface Props {
  origin: string;
  enabled: boolean;
  onToggle(enabled: boolean): void;
}

/** A switch that reflects `enabled` only: the parent decides, after any permission prompt. */
export function AutoSiteToggle({ origin, enabled, onToggle }: Props) {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const wanted = input.checked;
          input.checked = enabled; // stay controlled: show the new value when the parent says so
          onToggle(wanted);
        }}
      />
      <span class="toggle-label">
        Analyze automatically on <span class="host">{hostOf(origin)}</span>
      </span>
    </label>
  );
}
