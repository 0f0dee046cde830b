/** A, B, … Z, AA, AB, …: codes for endings in the diagrams and options in the answer keys. */
export function letterCode(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${letterCode(Math.floor(index / 26) - 1)}${letter}`;
}
