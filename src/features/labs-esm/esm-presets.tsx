import { ESM_PRESETS } from '../../domain/labs/event-source-mapping-presets';
import type { EsmLabConfig } from '../../domain/labs/event-source-mapping-types';

type Preset = (typeof ESM_PRESETS)[number];
type Props = Readonly<{ currentQuery: string; encode: (config: EsmLabConfig) => string; onApply: (preset: Preset) => void }>;

/** Classic scenarios, one button each; the one matching the current setup is shown as pressed. */
export function EsmPresets({ currentQuery, encode, onApply }: Props) {
  return (
    <section className="esm-presets" aria-labelledby="esm-presets-heading">
      <h2 id="esm-presets-heading">Presets</h2>
      <ul>
        {ESM_PRESETS.map((preset) => (
          <li key={preset.id}>
            <button
              type="button"
              className="button esm-preset"
              aria-pressed={encode(preset.inputs) === currentQuery}
              aria-describedby={`esm-preset-${preset.id}`}
              onClick={() => onApply(preset)}
            >
              {preset.title}
            </button>
            <p id={`esm-preset-${preset.id}`} className="esm-help">
              {preset.description}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
