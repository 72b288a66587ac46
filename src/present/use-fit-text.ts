/**
 * Shrinks a card's type, only as far as needed, when its words would not fit: the way slide
 * software does. The card sets its sizes as calc(size × var(--fit)); this finds the largest
 * --fit (down to a floor) at which nothing scrolls, on each new content and on each resize.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** Type never shrinks below this share of its size; past it, the card scrolls. */
export const MIN_FIT = 0.6;
const STEPS = 7;

function fits(element: HTMLElement): boolean {
  return element.scrollHeight <= element.clientHeight + 1;
}

/** Sets --fit on the element so that its content fits its box. */
export function fitText(element: HTMLElement): void {
  element.style.setProperty('--fit', '1');
  if (fits(element)) return;
  let low = MIN_FIT;
  let high = 1;
  for (let step = 0; step < STEPS; step += 1) {
    const middle = (low + high) / 2;
    element.style.setProperty('--fit', middle.toFixed(3));
    if (fits(element)) low = middle;
    else high = middle;
  }
  element.style.setProperty('--fit', low.toFixed(3));
}

/** Keeps `ref`'s content fitted; `content` changes when what it shows changes. */
export function useFitText(ref: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    fitText(element);
    if (typeof ResizeObserver === 'undefined' || !element.parentElement) return undefined;
    // The parent's size is the room the layout gives; the card's own size follows its content.
    const observer = new ResizeObserver(() => fitText(element));
    observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, [ref, content]);
}
