/** STUB: to be replaced. */
export function ArticleReader() {
  return <div>ArticleReader</div>;
}
