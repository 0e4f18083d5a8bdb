import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import type { LabPreset } from '../../../domain/labs/lab-types';

/** "Labs ›" above a lab's heading. */
export function LabBreadcrumb() {
  return (
    <p className="breadcrumb">
      <Link to={paths.labs}>Labs</Link> <span aria-hidden="true">›</span>
    </p>
  );
}

/**
 * The preset whose setup is the current one: compared through the URL encoding, which
 * leaves out defaults and so treats equal setups as equal.
 */
export function findActivePreset<Inputs>(
  presets: readonly LabPreset<Inputs>[],
  inputs: Inputs,
  encode: (inputs: Inputs) => string,
): string | undefined {
  const current = encode(inputs);
  return presets.find((p) => encode(p.inputs) === current)?.id;
}
