/** Greedy word wrapping for text drawn on images, given a way to measure a line's width. */

/**
 * Splits `text` into lines no wider than `width`, at most `maxLines` (the last ends in "…" if cut).
 * @param measure width of a string in the same unit as `width`
 */
export function wrapText(text: string, width: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S*$/, '')}…`;
  return kept;
}
