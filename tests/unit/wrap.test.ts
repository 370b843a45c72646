import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/lib/wrap';

describe('wrapText', () => {
  const measure = (s: string) => s.length;
  it('breaks at spaces within the width', () => {
    expect(wrapText('one two three four', 9, 5, measure)).toEqual(['one two', 'three', 'four']);
  });
  it('cuts to the line limit with an ellipsis', () => {
    expect(wrapText('one two three four', 9, 2, measure)).toEqual(['one two', '…']);
  });
  it('keeps a word longer than the width on its own line', () => {
    expect(wrapText('extraordinarily short', 5, 3, measure)).toEqual(['extraordinarily', 'short']);
  });
});
