import { clamp01 } from './format';

/** A determinate bar; the stage label is in the status region above it. */
export function ProgressView({ progress }: { progress: number }) {
  const percent = Math.round(clamp01(progress) * 100);
  return (
    <div class="progress">
      <div
        class="progress-track"
        role="progressbar"
        aria-label="Analysis progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
      >
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span class="progress-value" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
