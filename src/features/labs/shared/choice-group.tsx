export type Choice<T extends string> = Readonly<{ value: T; label: string; description?: string }>;

type Props<T extends string> = Readonly<{
  name: string;
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}>;

/** Radio buttons in a fieldset, each with an optional line of explanation. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  choices,
  value,
  onChange,
}: Props<T>) {
  return (
    <fieldset className="lab-choices">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="lab-choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.description ? <small>{choice.description}</small> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A labelled check box. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
}: Readonly<{
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}>) {
  return (
    <div className="lab-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
