import { useId } from 'react';
import { setThemeChoice, useTheme, type ThemeChoice } from '../../app/theme';

const CHOICES = [
  { value: 'system', label: 'Same as the device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const satisfies readonly Readonly<{ value: ThemeChoice; label: string }>[];

/** System, light or dark; applied at once and saved with the settings. */
export function ThemeSetting() {
  const { choice } = useTheme();
  const name = useId();
  return (
    <fieldset className="setting">
      <legend>Theme</legend>
      {CHOICES.map(({ value, label }) => (
        <label key={value} className="choice">
          <input
            type="radio"
            name={name}
            checked={choice === value}
            onChange={() => setThemeChoice(value)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
