import { useEffect, useState } from 'react';
import { LANG_TAG } from '../i18n/messages';
import type { StudioKey } from '../i18n/studio-en';
import { declaredLanguages } from '../story/format';
import { fieldId, getIn, type Path } from './edit-path';
import { useStudio, useStudioStore, useStudioT } from './use-studio';

interface FieldProps {
  path: Path;
  label: string;
  multiline?: boolean;
  lang?: string;
  hint?: string;
  /** Where the caret is in the text (the paragraph editor splits there). */
  onCaret?: (offset: number) => void;
}

/** A text box bound to one value of the draft; an empty box removes an optional value. */
export function TextField({ path, label, multiline = false, lang, hint, onCaret }: FieldProps) {
  const store = useStudioStore();
  const value = useStudio((s) => getIn(s.draft, path));
  const id = fieldId(path);
  const props = {
    id,
    lang,
    value: typeof value === 'string' ? value : '',
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) =>
      store.getState().edit(path, e.target.value === '' ? undefined : e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} onSelect={(e) => onCaret?.(e.currentTarget.selectionStart)} {...props} />
      ) : (
        <input type="text" {...props} />
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A text in each of the story's languages: "Title (English)", "Title (Chinese)". */
export function LangText({ path, field, multiline }: { path: Path; field: StudioKey; multiline?: boolean }) {
  const t = useStudioT();
  const declared = useStudio((s) => s.draft?.languages);
  const languages = declaredLanguages({ languages: declared });
  return (
    <>
      {languages.map((l) => (
        <TextField
          key={l}
          path={[...path, l]}
          lang={LANG_TAG[l]}
          multiline={multiline}
          label={t('inLang', { field: t(field), lang: t(`lang_${l}`) })}
        />
      ))}
    </>
  );
}

/** A number typed as text: the draft takes it once it reads as a number, the box keeps what is typed. */
export function NumberField({
  path,
  label,
  hint,
  optional = false,
}: {
  path: Path;
  label: string;
  hint?: string;
  /** An empty box removes the value (a figure's year), rather than being a number still to type. */
  optional?: boolean;
}) {
  const store = useStudioStore();
  const value = useStudio((s) => getIn(s.draft, path));
  const [text, setText] = useState(typeof value === 'number' ? String(value) : '');
  useEffect(() => {
    setText((typed) => (typeof value === 'number' && Number(typed) !== value ? String(value) : typed));
  }, [value]);
  const id = fieldId(path);
  const valid = (optional && text.trim() === '') || (text.trim() !== '' && Number.isFinite(Number(text)));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={!valid}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() === '') {
            if (optional) store.getState().edit(path, undefined);
          } else if (Number.isFinite(n)) store.getState().edit(path, n);
        }}
      />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A choice among the format's values, each named by a dictionary key. */
export function SelectField<T extends string>({
  path,
  label,
  options,
  read = (value) => value || undefined,
}: {
  path: Path;
  label: string;
  options: readonly { value: T; label: string }[];
  /** The draft's value for the option chosen (a number for a rank; nothing for "as its kind"). */
  read?: (value: string) => unknown;
}) {
  const store = useStudioStore();
  const value = useStudio((s) => getIn(s.draft, path));
  const id = fieldId(path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
        onChange={(e) => store.getState().edit(path, read(e.target.value))}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
