/** What every verdict rule returns. */
import type { ResultRow } from '../dataset';
import type { Provenance } from '../provenance';

/** The five verdicts, exactly. */
export const VERDICTS = ['Supported', 'Partly supported', 'Not supported', 'Unverifiable', 'Opinion'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One figure a rule used, with who published it. */
export interface Evidence {
  model: string;
  score: number;
  row: ResultRow;
  provenance: Provenance;
  secondary: boolean;
}

/** One line of a rule's working: a benchmark compared, a parameter count, a price. */
export interface Line {
  /** What this line compares, e.g. "GPQA Diamond" or "total parameters vs GPT-5.5". */
  label: string;
  /** Whether it counts for the claim (true), against (false), or cannot be decided (null). */
  pass: boolean | null;
  /** A plain sentence of the numbers, e.g. "91.2 vs 93.0 (Claude Opus 4.8): 1.8 points behind". */
  detail: string;
  /** Subject minus best rival, in percentage points of the scale or rating points (score comparisons). */
  gap?: number;
  /** The unit of `gap`: percentage points of a bounded scale, or rating points (Elo). */
  gapUnit?: 'points' | 'rating';
  /** Figures the line rests on (score comparisons). */
  evidence?: Evidence[];
  /** Other figures for the same comparison, shown beside (e.g. an independent figure). */
  alongside?: Evidence[];
  /** Source ids behind a non-score line (model facts, prices). */
  sources?: string[];
  /** A benchmark chart that shows this line, if any (benchmark id and variant). */
  chart?: { benchmark: string; variant?: string | undefined };
}

/** A verdict with its working. */
export interface Outcome {
  verdict: Verdict;
  /** The rule in one or two plain sentences, with its thresholds. */
  rule: string;
  /** Why this verdict, in one sentence with the counts. */
  reason: string;
  lines: Line[];
  /** True when every figure used came from vendors (self- or rival-reported), none independent. */
  vendorOnly: boolean;
  /** What new data would move the verdict. */
  wouldChange: string;
}
