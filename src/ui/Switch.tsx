import type { ComponentChildren } from 'preact';

interface Props {
  checked: boolean;
  /** Called with the value the reader asked for; the switch shows it once `checked` says so. */
  onToggle(wanted: boolean): void;
  testId?: string;
  children: ComponentChildren;
}

/**
 * An on/off switch that stays controlled: the parent decides (after a permission prompt, a
 * page's answer, a stored setting) and the switch shows what the parent says.
 */
export function Switch({ checked, onToggle, testId, children }: Props) {
  return (
    <label class="toggle">
      <input
        type="checkbox"
        role="switch"
        data-testid={testId}
        checked={checked}
        onChange={(event) => {
          const input = event.currentTarget;
          const wanted = input.checked;
          input.checked = checked;
          onToggle(wanted);
        }}
      />
      <span class="toggle-label">{children}</span>
    </label>
  );
}
