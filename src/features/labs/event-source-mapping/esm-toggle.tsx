type Props = Readonly<{
  id: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}>;

/** A real check box with its label and a described help line. */
export function EsmToggle({ id, label, help, checked, onChange }: Props) {
  return (
    <div className="esm-toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-help`} className="esm-help">
        {help}
      </p>
    </div>
  );
}
