import { count } from './format';

/** How many related articles the reader set aside as another story for this article, and the way back. */
export function SetAsideNotice({ setAside, onBringBack }: { setAside: number; onBringBack(): void }) {
  return (
    <p class="set-aside-notice" data-testid="set-aside-notice" aria-live="polite">
      {count(setAside, 'article')} set aside as another story.{' '}
      <button type="button" class="link-button bring-back" data-testid="bring-back" onClick={() => onBringBack()}>
        Bring {setAside === 1 ? 'it' : 'them'} back
      </button>
    </p>
  );
}
