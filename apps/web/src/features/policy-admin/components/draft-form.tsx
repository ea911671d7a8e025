import { Textarea, Textfield, Field, Label, ValidationMessage, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandForm, useCommandField } from '../../../components/command-form';
import { SelectField } from '../../../components/select-field';
import { ApiError } from '../../../lib/api/problem';
import { useDraftPolicyRevision, type PolicyVersionView } from '../api/policy-admin';
import { NS } from '../i18n';
import { useFieldLabel } from './labels';

/**
 * A new revision: title, text and the structured rules, filled in from the version it builds on. The
 * rules are edited as JSON; only JSON that does not parse is caught here (there is nothing to send),
 * everything about the rules themselves is the API's to judge.
 */
export function DraftForm({ base }: { base: PolicyVersionView | null }) {
  const { t } = useTranslation(NS);
  const draft = useDraftPolicyRevision();
  const [title, setTitle] = useState(base?.title ?? '');
  const [text, setText] = useState(base?.text ?? '');
  const [rules, setRules] = useState(base ? JSON.stringify(base.rules, null, 2) : '');
  const [basedOn, setBasedOn] = useState(base ? String(base.revision) : '');
  const [done, setDone] = useState<string | null>(null);
  const [notJson, setNotJson] = useState<string | null>(null);
  const labelOf = useFieldLabel();
  const error =
    notJson === null ? draft.error : new ApiError({ status: 400, code: 'INVALID_INPUT', errors: [{ field: 'rules', message: notJson }] });
  const f = useCommandField('draft', error, labelOf);
  const onSubmit = () => {
    setDone(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(rules);
    } catch (e) {
      setNotJson(t('rulesNotJson', { message: (e as Error).message }));
      return;
    }
    setNotJson(null);
    draft.mutate(
      { title, text, rules: parsed, ...(basedOn ? { basedOnRevision: Number(basedOn) } : {}) },
      { onSuccess: () => setDone(t('draft.done')) },
    );
  };
  return (
    <CommandForm
      id="draft"
      title={t('draft.title')}
      submitLabel={t('draft.submit')}
      pending={draft.isPending}
      error={error}
      done={done}
      labelOf={labelOf}
      onSubmit={onSubmit}
    >
      <Textfield
        id={f.id('title')}
        label={f.label('title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={f.error('title')}
      />
      <SelectField
        id={f.id('basedOnRevision')}
        label={t('draft.basedOn')}
        value={basedOn}
        onChange={setBasedOn}
        error={f.error('basedOnRevision')}
      >
        <option value="">{t('draft.notBased')}</option>
        {base ? <option value={base.revision}>{base.revision}</option> : null}
      </SelectField>
      <Textfield
        multiline
        rows={6}
        id={f.id('text')}
        label={f.label('text')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={f.error('text')}
      />
      <Field>
        <Label htmlFor={f.id('rules')}>{f.label('rules')}</Label>
        <Paragraph data-size="sm" id={`${f.id('rules')}-hint`}>
          {t('draft.rulesHint')}
        </Paragraph>
        <Textarea
          id={f.id('rules')}
          rows={10}
          className="code"
          value={rules}
          spellCheck={false}
          onChange={(e) => setRules(e.target.value)}
          aria-invalid={f.error('rules') ? true : undefined}
          aria-describedby={`${f.id('rules')}-hint${f.error('rules') ? ` ${f.id('rules')}-error` : ''}`}
        />
        {f.error('rules') ? <ValidationMessage id={`${f.id('rules')}-error`}>{f.error('rules')}</ValidationMessage> : null}
      </Field>
    </CommandForm>
  );
}
