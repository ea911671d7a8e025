/** The API's read shapes, imported as types from the server so the two cannot drift apart. */
import type { Signature } from '@beslutskedjan/board';

export interface MinutesDocument {
  text: string;
  sha256: string;
  signatures: Signature[];
  attested: boolean;
}
