import type { Condition, FundableKind, PolicyRule, PolicyRules, TargetGroup } from './policy-rules.js';

export interface KeyedDiff<T> {
  added: T[];
  removed: T[];
  changed: Array<{ from: T; to: T }>;
}

/** A numeric limit (greaterThan / lessThan) that moved while the rule kept its shape. */
export interface ThresholdChange {
  /** Where in the condition, e.g. `all[1].not`. */
  path: string;
  fact: string;
  operator: 'greaterThan' | 'lessThan';
  from: number;
  to: number;
}

export interface RuleChange {
  ruleId: string;
  from: PolicyRule;
  to: PolicyRule;
  fields: Array<'severity' | 'violatedWhen' | 'message' | 'basis'>;
  thresholds: ThresholdChange[];
}

export interface RulesDiff {
  added: PolicyRule[];
  removed: PolicyRule[];
  changed: RuleChange[];
  fundableKinds: KeyedDiff<FundableKind>;
  targetGroups: KeyedDiff<TargetGroup>;
  /** Null when the delegation threshold is the same in both versions. */
  delegationThresholdSek: { from: number | null; to: number | null } | null;
}

/** Compares two rule sets by rule id (and kinds by kind, target groups by code). */
export function diffRules(from: PolicyRules, to: PolicyRules): RulesDiff {
  const rules = diffByKey(from.rules, to.rules, (r) => r.id);
  return {
    added: rules.added,
    removed: rules.removed,
    changed: rules.changed.map(({ from: a, to: b }) => ({
      ruleId: b.id,
      from: a,
      to: b,
      fields: (['severity', 'violatedWhen', 'message', 'basis'] as const).filter((f) => !sameData(a[f], b[f])),
      thresholds: thresholdChanges(a.violatedWhen, b.violatedWhen, ''),
    })),
    fundableKinds: diffByKey(from.fundableKinds, to.fundableKinds, (k) => k.kind),
    targetGroups: diffByKey(from.targetGroups, to.targetGroups, (g) => g.code),
    delegationThresholdSek:
      from.delegationThresholdSek === to.delegationThresholdSek
        ? null
        : { from: from.delegationThresholdSek, to: to.delegationThresholdSek },
  };
}

export function diffByKey<T>(from: readonly T[], to: readonly T[], key: (item: T) => string): KeyedDiff<T> {
  const before = new Map(from.map((item) => [key(item), item]));
  const after = new Map(to.map((item) => [key(item), item]));
  const changed: Array<{ from: T; to: T }> = [];
  for (const [k, b] of after) {
    const a = before.get(k);
    if (a !== undefined && !sameData(a, b)) changed.push({ from: a, to: b });
  }
  return {
    added: to.filter((item) => !before.has(key(item))),
    removed: from.filter((item) => !after.has(key(item))),
    changed,
  };
}

function thresholdChanges(a: Condition, b: Condition, path: string): ThresholdChange[] {
  if ('all' in a && 'all' in b) return listChanges(a.all, b.all, `${path}all`);
  if ('any' in a && 'any' in b) return listChanges(a.any, b.any, `${path}any`);
  if ('not' in a && 'not' in b) return thresholdChanges(a.not, b.not, `${path}not.`);
  if (!('fact' in a) || !('fact' in b) || a.fact !== b.fact) return [];
  const at = path === '' ? '' : path.replace(/\.$/, '');
  if ('greaterThan' in a && 'greaterThan' in b && a.greaterThan !== b.greaterThan) {
    return [{ path: at, fact: a.fact, operator: 'greaterThan', from: a.greaterThan, to: b.greaterThan }];
  }
  if ('lessThan' in a && 'lessThan' in b && a.lessThan !== b.lessThan) {
    return [{ path: at, fact: a.fact, operator: 'lessThan', from: a.lessThan, to: b.lessThan }];
  }
  return [];
}

function listChanges(a: Condition[], b: Condition[], path: string): ThresholdChange[] {
  // Only lists of the same length are compared position by position; otherwise the shape changed.
  if (a.length !== b.length) return [];
  return a.flatMap((c, i) => {
    const other = b[i];
    return other === undefined ? [] : thresholdChanges(c, other, `${path}[${i}].`);
  });
}

/** Structural equality of JSON data, ignoring key order. */
export const sameData = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
