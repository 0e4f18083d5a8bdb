import {
  esmFieldSpec,
  isEsmFieldApplicable,
  type EsmNumberField as EsmNumberFieldName,
} from '../../../domain/labs/event-source-mapping-fields';
import type { EsmLabConfig } from '../../../domain/labs/event-source-mapping-types';
import { EsmNumberField } from './esm-number-field';

export type EsmPatch = Partial<EsmLabConfig>;
type Props = Readonly<{ config: EsmLabConfig; onChange: (patch: EsmPatch) => void }>;

/** Renders a numeric setting when it applies to the chosen source. */
export function renderNumberField(
  props: Props,
  field: EsmNumberFieldName,
  label: string,
  help?: string,
  check?: (value: number) => string | undefined,
) {
  const { config, onChange } = props;
  if (!isEsmFieldApplicable(field, config.source)) return null;
  return (
    <EsmNumberField
      key={field}
      id={`esm-${field}`}
      label={label}
      spec={esmFieldSpec(field, config.source)}
      value={config[field]}
      onCommit={(value) => onChange({ [field]: value })}
      {...(help === undefined ? {} : { help })}
      {...(check === undefined ? {} : { check })}
    />
  );
}
