import { findFolded } from '../lib/text';

/** The text with the first diacritics-insensitive match of `query` marked. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const hit = findFolded(text, query);
  if (!hit) return <>{text}</>;
  const [start, end] = hit;
  return (
    <>
      {text.slice(0, start)}
      <mark className="search-hit">{text.slice(start, end)}</mark>
      {text.slice(end)}
    </>
  );
}
