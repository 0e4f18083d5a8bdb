import { useState } from 'react';
import { ESM_PRESETS } from '../../../domain/labs/event-source-mapping-presets';

type Preset = (typeof ESM_PRESETS)[number];
type Props = Readonly<{ loadedId: string | undefined; onApply: (preset: Preset) => void }>;

/**
 * Classic scenarios in a compact picker: choose one, read what it shows, then load it (a
 * select that acted on change would rebuild the page under a keyboard user's arrow keys).
 */
export function EsmPresets({ loadedId, onApply }: Props) {
  const [chosenId, setChosenId] = useState<string>(loadedId ?? ESM_PRESETS[0].id);
  const chosen = ESM_PRESETS.find((p) => p.id === chosenId) ?? ESM_PRESETS[0];
  const loaded = ESM_PRESETS.find((p) => p.id === loadedId);
  return (
    <section className="esm-presets" aria-labelledby="esm-presets-heading">
      <h2 id="esm-presets-heading">Presets</h2>
      <div className="esm-preset-picker">
        <label htmlFor="esm-preset">Scenario</label>
        <select
          id="esm-preset"
          value={chosen.id}
          aria-describedby="esm-preset-description"
          onChange={(event) => setChosenId(event.target.value)}
        >
          {ESM_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.title}
            </option>
          ))}
        </select>
        <button type="button" className="button primary" onClick={() => onApply(chosen)}>
          Load this scenario
        </button>
      </div>
      <p id="esm-preset-description" className="esm-preset-description">
        {chosen.description}
      </p>
      <p className="esm-help">
        {loaded === undefined
          ? 'The run below uses your own setup.'
          : `The run below uses the scenario “${loaded.title}”.`}
      </p>
    </section>
  );
}
