/**
 * Where the page's first (still) map sits: a box over the map's own box, filled by the build's
 * prerender and kept by the app until the live map has drawn (FirstMap.tsx). Only this small
 * module ships in the app; the drawing itself is build-time code.
 */
import { createContext, type ReactNode } from 'react';
import './first-map.css';

/** The class of the box the first map sits in. */
export const FIRST_MAP_SLOT = 'first-map-slot';

/** The class of the still first map in the slot. */
export const FIRST_MAP = 'first-map';

/** The still map to draw in the slot: given only by the build's prerender (prerender-story.tsx). */
export const FirstMapContext = createContext<ReactNode>(null);
