export const HELP = `lacuna: what a news article leaves out, compared with other coverage of the same story
in a corpus on your machine.

Usage:
  lacuna analyze <article> --corpus <dir> [--json]   related coverage, omitted facts, discrepancies
  lacuna related <article> --corpus <dir> [--json]   only the related coverage
  lacuna extract <page.html> [--url <url>] [--json]   the article text and metadata of a saved page
  lacuna index   <dir> [--json]                       index a corpus directory into <dir>/.lacuna/
  lacuna pairs   <pairs.tsv> [--json]                 do two sentences state the same thing?
  lacuna --help

<article>   a .txt file (a short first line without final period is the title), a saved
            page (.html, .htm), or a .json file holding one corpus record.
<dir>       every .txt, .html, .htm, .json and .jsonl file under it, recursively
            (.lacuna and .git folders aside). JSON records: { id?, url?, title?, source?,
            published?, lang?, text | html }; a .jsonl file holds one record a line.
<pairs.tsv> lines "id<TAB>sentence A<TAB>sentence B"; prints one JSON object a line:
            { "id", "score", "same" }.

Options:
  --json      print exactly one JSON object on stdout (warnings go to stderr)
  --corpus    the corpus directory (analyze, related)
  --url       the page's address (extract), used for its canonical URL and links
  --force     take the page for an article even when it does not look like one
  --debug     show the stack trace of an internal error

Exit status: 0 success (also when nothing related is found), 1 the article could not be
read or holds no article text, 2 bad usage, 3 internal error.

npm run -s lacuna -- <command> ... runs it from the project folder.
`;
