/** Reading a template file the learner opened or dropped, refusing what cannot be a template. */
import { DEFAULT_PARSE_LIMITS } from '../../../domain/review/review-types';

export type FileRead =
  Readonly<{ ok: true; text: string; name: string }> | Readonly<{ ok: false; message: string }>;

const formatBytes = (n: number): string => `${n.toLocaleString('en-US')} bytes`;

/**
 * Reads a file as UTF-8 text. Files over the reviewer's size limit are refused before they
 * are read, and bytes that are not UTF-8 are refused as binary.
 */
export async function readTemplateFile(file: File): Promise<FileRead> {
  const limit = DEFAULT_PARSE_LIMITS.maxBytes;
  if (file.size > limit) {
    return {
      ok: false,
      message: `${file.name} is ${formatBytes(file.size)}; the reviewer reads templates up to ${formatBytes(limit)}.`,
    };
  }
  try {
    const bytes = await file.arrayBuffer();
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      name: file.name,
    };
  } catch (error) {
    if (error instanceof TypeError) {
      return {
        ok: false,
        message: `${file.name} is not UTF-8 text: it looks binary, not like a YAML or JSON template.`,
      };
    }
    return {
      ok: false,
      message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
