/**
 * Presenter keys for a live session. Clickers send arrow keys or Page Up / Page Down; B blanks the
 * audience screen, T starts or pauses the timer, ? shows the keys. Keys typed into a field, or
 * arrows used to move through options or a list, are left alone.
 */
export type PresenterCommand = 'next' | 'back' | 'blank' | 'timer' | 'help';

const commands: Readonly<Record<string, PresenterCommand>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'back',
  PageUp: 'back',
  b: 'blank',
  B: 'blank',
  t: 'timer',
  T: 'timer',
  '?': 'help',
};

/** The command a key stands for, whatever element has focus. */
export function presenterCommand(key: string): PresenterCommand | undefined {
  return Object.hasOwn(commands, key) ? commands[key] : undefined;
}

/** Elements whose own keys must win: text entry, and controls the arrow keys move within. */
function ownsKeys(element: EventTarget | undefined): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && element.type !== 'button' && element.type !== 'submit' && element.type !== 'checkbox';
}

/** The command for a key press, unless the focused element needs the key or a modifier is held. */
export function commandForKeydown(event: KeyboardEvent): PresenterCommand | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return undefined;
  if (ownsKeys(event.composedPath()[0])) return undefined;
  // Inside an open dialog the keys belong to it.
  if (event.composedPath().some((target) => target instanceof HTMLDialogElement && target.open)) return undefined;
  return presenterCommand(event.key);
}
