import { describe, expect, it } from 'vitest';
import { LONG_TABLE_ROWS, RESERVED_REM_PER_ROW, tableWrap } from '../../src/lib/long-table';

describe('tableWrap', () => {
  it('marks a table longer than LONG_TABLE_ROWS, reserving its height; shorter ones are plain', () => {
    expect(tableWrap(LONG_TABLE_ROWS)).toEqual({ class: 'table-wrap' });
    expect(tableWrap(0)).toEqual({ class: 'table-wrap' });
    expect(tableWrap(134)).toEqual({ class: 'table-wrap long', style: `--reserve:${134 * RESERVED_REM_PER_ROW}rem` });
  });
});
