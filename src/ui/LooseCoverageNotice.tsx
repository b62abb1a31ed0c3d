/**
 * Every related article was taken on a second look, none by its similarity to the article
 * alone: in a corpus that mostly holds other stories, most such articles tell another one.
 */
export function LooseCoverageNotice({ canSetAside }: { canSetAside: boolean }) {
  return (
    <p class="notice" role="note" data-testid="loose-notice">
      <strong>Loosely related coverage only.</strong> None of the articles compared with is clearly about this story, so
      what is listed may come from another one. Check them below
      {canSetAside ? (
        <>
          : <em>Not this story</em> leaves one out.
        </>
      ) : (
        '.'
      )}
    </p>
  );
}
