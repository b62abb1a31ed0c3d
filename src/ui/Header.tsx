export function Header({ title, outlet }: { title: string | null; outlet: string | null }) {
  return (
    <header class="header">
      <h1 class="wordmark">Lacuna</h1>
      {(title || outlet) && (
        <div class="article" data-testid="article-info">
          {title && <p class="article-title" dir="auto">{title}</p>}
          {outlet && <p class="article-outlet">{outlet}</p>}
        </div>
      )}
    </header>
  );
}
