/** What every verdict rule returns. */
import type { ResultRow } from '../dataset';
import type { Provenance } from '../provenance';
import type { Interval } from '../measurements';

/** The verdicts, exactly: four for measurable claims, and two badges for what is shown, not scored. */
export const VERDICTS = ['Supported', 'Partly supported', 'Not supported', 'Unverifiable', 'Opinion', 'Prediction'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One measurement a rule used, with who measured it. */
export interface Evidence {
  model: string;
  /** The score on the benchmark's scale. */
  score: number;
  /** The measurement's id (src/lib/measurements.ts). */
  measurement?: string;
  /** The first citation in force at the comparison date. */
  row: ResultRow;
  /** How many documents in force print it. */
  citations?: number;
  provenance: Provenance;
  secondary: boolean;
  /** Published interval, on the benchmark's scale. */
  uncertainty?: Interval | undefined;
}

/** One line of a rule's working: a test compared, a parameter count, a price. */
export interface Line {
  /** What this line compares, e.g. "GPQA Diamond" or "total parameters vs GPT-5.5". */
  label: string;
  /** Whether it counts for the claim (true), against (false), or cannot be decided (null). */
  pass: boolean | null;
  /** False for a line shown for context only (one vote per test: another line decides the test). */
  counted?: boolean;
  /** A plain sentence of the numbers, e.g. "91.2 vs 93.0 (Claude Opus 4.8): 1.8 points behind". */
  detail: string;
  /** Subject minus best rival, in percentage points of the scale or rating points (score comparisons). */
  gap?: number;
  /** The unit of `gap`: percentage points of a bounded scale, or rating points (Elo). */
  gapUnit?: 'points' | 'rating';
  /** The threshold this line was judged against, in `gapUnit`. */
  threshold?: number;
  /** Whether the published intervals of both sides overlap (a tie: judged as a gap of 0). */
  tie?: boolean;
  /** The organization that measured both sides (score comparisons). */
  measurer?: string;
  /** Whether the measurer is independent of both developers. */
  independent?: boolean;
  /** Figures the line rests on (score comparisons). */
  evidence?: Evidence[];
  /** Other figures for the same comparison, shown beside (e.g. an independent figure). */
  alongside?: Evidence[];
  /** Source ids behind a non-score line (model facts, prices). */
  sources?: string[];
  /** A benchmark chart that shows this line, if any (benchmark id and variant). */
  chart?: { benchmark: string; variant?: string | undefined };
}

/** The verdict at one threshold of a sensitivity strip. */
export interface SensitivityStep {
  /** The threshold in percentage points (and rating points on Elo scales). */
  minGap: number;
  minGapElo?: number | undefined;
  verdict: Verdict;
  /** True for the claim's own threshold. */
  current: boolean;
}

/** A verdict with its working. */
export interface Outcome {
  verdict: Verdict;
  /** The rule in one or two plain sentences, with its thresholds and their reasons. */
  rule: string;
  /** Why this verdict, in one sentence with the counts. */
  reason: string;
  lines: Line[];
  /** True when every figure used came from vendors (self- or rival-reported), none independent. */
  vendorOnly: boolean;
  /** What new data would move the verdict, in plain words with the numbers needed. */
  wouldChange: string;
  /** The verdict at neighbouring thresholds (score comparisons). */
  sensitivity?: SensitivityStep[];
  /** The date the comparison is made at and the evidence cut-off (launch + grace window). */
  asOf?: { date: string; cutoff?: string | undefined };
}
