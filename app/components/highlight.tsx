// Search matches shown with <mark>, built from pieces so a record's text is never HTML.
import type { HighlightPiece } from "../../search/port";

export function Highlighted({ pieces, fallback }: { pieces: HighlightPiece[] | undefined; fallback: string }) {
  if (!pieces?.length) return <>{fallback}</>;
  return (
    <>
      {pieces.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
