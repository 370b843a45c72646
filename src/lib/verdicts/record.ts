/**
 * A claim's verdicts as plain data: what `/data/claims.json` publishes, what `npm run verdicts`
 * prints and what the committed golden file (tests/golden/verdicts.json) pins, so that any
 * change to a verdict or to a line beneath it is a reviewed change in the diff.
 */
import type { ClaimVerdict, Line, Outcome } from './index';

/** One line as data: what it compares, whether it counts, and the measurements it rests on. */
export interface LineRecord {
  label: string;
  pass: boolean | null;
  counted: boolean;
  tie?: boolean;
  gap?: number;
  threshold?: number;
  measurer?: string;
  evidence?: { model: string; score: number; measurement?: string | undefined; provenance: string }[];
  detail: string;
}

/** An outcome as data. */
export interface OutcomeRecord {
  verdict: string;
  reason: string;
  vendorOnly: boolean;
  sensitivity?: { minGap: number; minGapElo?: number | undefined; verdict: string }[];
  lines: LineRecord[];
}

const lineRecord = (l: Line): LineRecord => ({
  label: l.label,
  pass: l.pass,
  counted: l.counted !== false,
  ...(l.tie ? { tie: true } : {}),
  ...(l.gap !== undefined ? { gap: Math.round(l.gap * 1e6) / 1e6 } : {}),
  ...(l.threshold !== undefined ? { threshold: l.threshold } : {}),
  ...(l.measurer ? { measurer: l.measurer } : {}),
  ...(l.evidence ? { evidence: l.evidence.map((e) => ({ model: e.model, score: e.score, measurement: e.measurement, provenance: e.provenance })) } : {}),
  detail: l.detail,
});

/** An outcome as data (undefined stays undefined). */
export function outcomeRecord(o: Outcome | undefined): OutcomeRecord | undefined {
  if (!o) return undefined;
  return {
    verdict: o.verdict,
    reason: o.reason,
    vendorOnly: o.vendorOnly,
    ...(o.sensitivity ? { sensitivity: o.sensitivity.map(({ minGap, minGapElo, verdict }) => ({ minGap, minGapElo, verdict })) } : {}),
    lines: o.lines.map(lineRecord),
  };
}

/** The three verdicts of a claim, with the launch date and the sentence on vendors' figures. */
export function verdictRecord(v: ClaimVerdict) {
  return {
    id: v.id,
    kind: v.claim.kind,
    verdict: v.verdict,
    verdictIndependent: v.verdictIndependent ?? null,
    verdictToday: v.verdictToday ?? null,
    comparedAt: v.launchDate ?? null,
    vendorEffect: v.vendorEffect ?? null,
  };
}

/** Everything the golden file pins for one claim: the verdicts and every line beneath them. */
export function goldenRecord(v: ClaimVerdict) {
  return {
    ...verdictRecord(v),
    atLaunch: outcomeRecord(v.atLaunch) ?? null,
    atLaunchIndependent: outcomeRecord(v.atLaunchIndependent) ?? null,
    today: outcomeRecord(v.today) ?? null,
  };
}
