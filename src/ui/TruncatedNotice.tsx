const TEXT = {
  omitted:
    'Only part of the article was visible on the page. Some of what is listed here may be covered in the part that was not shown.',
  search: 'Only part of the article was visible on the page, so related coverage was searched with that part alone.',
};

export function TruncatedNotice({ context }: { context: keyof typeof TEXT }) {
  return (
    <p class="notice" role="note" data-testid="truncated-notice">
      <strong>Partial article.</strong> {TEXT[context]}
    </p>
  );
}
