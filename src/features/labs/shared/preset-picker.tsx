import type { LabPreset } from '../../../domain/labs/lab-types';

type Props<Inputs> = Readonly<{
  presets: readonly LabPreset<Inputs>[];
  /** The preset whose setup is the current one, if any. */
  activeId: string | undefined;
  onChoose: (preset: LabPreset<Inputs>) => void;
}>;

/** Buttons for the classic exam scenarios; the chosen one is pressed and described. */
export function PresetPicker<Inputs>({ presets, activeId, onChoose }: Props<Inputs>) {
  const active = presets.find((p) => p.id === activeId);
  return (
    <section className="lab-presets" aria-labelledby="presets-heading">
      <h2 id="presets-heading">Presets</h2>
      <ul className="preset-list">
        {presets.map((preset) => (
          <li key={preset.id}>
            <button
              type="button"
              className="button preset"
              aria-pressed={preset.id === activeId}
              aria-describedby={preset.id === activeId ? 'preset-description' : undefined}
              onClick={() => onChoose(preset)}
            >
              {preset.title}
            </button>
          </li>
        ))}
      </ul>
      <p id="preset-description" className="preset-description">
        {active
          ? active.description
          : 'Your own setup. Choose a preset to load a classic exam scenario.'}
      </p>
    </section>
  );
}
