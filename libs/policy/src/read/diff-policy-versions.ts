import { diffLines, diffWords, type Change } from 'diff';
import { diffRules, type RulesDiff } from '../rules/diff-rules.js';
import type { PolicyRules } from '../rules/policy-rules.js';

export interface DiffableVersion {
  revision: number;
  title: string;
  text: string;
  rules: PolicyRules;
}

export interface TextHunk {
  kind: 'added' | 'removed' | 'unchanged';
  value: string;
  /** Number of lines or words, after `unit`. */
  count: number;
}

export interface TextDiff {
  unit: 'lines' | 'words';
  changed: boolean;
  added: number;
  removed: number;
  hunks: TextHunk[];
}

export interface PolicyVersionDiff {
  from: number;
  to: number;
  title: { from: string; to: string; changed: boolean };
  text: TextDiff;
  rules: RulesDiff;
}

/** What changed from one policy version to another: the markdown text and the rules. */
export function diffPolicyVersions(
  from: DiffableVersion,
  to: DiffableVersion,
  options: { textUnit?: 'lines' | 'words' } = {},
): PolicyVersionDiff {
  const unit = options.textUnit ?? 'lines';
  const changes = unit === 'lines' ? diffLines(from.text, to.text) : diffWords(from.text, to.text);
  const hunks = changes.map(toHunk);
  const total = (kind: TextHunk['kind']) => hunks.filter((h) => h.kind === kind).reduce((n, h) => n + h.count, 0);
  return {
    from: from.revision,
    to: to.revision,
    title: { from: from.title, to: to.title, changed: from.title !== to.title },
    text: {
      unit,
      changed: hunks.some((h) => h.kind !== 'unchanged'),
      added: total('added'),
      removed: total('removed'),
      hunks,
    },
    rules: diffRules(from.rules, to.rules),
  };
}

const toHunk = (change: Change): TextHunk => ({
  kind: change.added ? 'added' : change.removed ? 'removed' : 'unchanged',
  value: change.value,
  count: change.count,
});
