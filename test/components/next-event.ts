/** The next event of a name on an element, typed from `GlobalEventHandlersEventMap`. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  element: EventTarget,
  name: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => {
    element.addEventListener(name, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true });
  });
}
