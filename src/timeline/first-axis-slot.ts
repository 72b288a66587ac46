/**
 * Where the page's first (still) timeline sits: a box over the canvas, filled by the build's
 * prerender and kept by the app until the canvas has drawn (TimelineAxis.tsx), so the reader
 * never sees the axis empty. Only this small module ships in the app; the drawing itself is
 * build-time code (StillAxis.tsx).
 */
import { createContext, type ReactNode } from 'react';
import type { AxisGeometry } from './axis-geometry';
import './first-axis.css';

/** The class of the box the still timeline sits in. */
export const FIRST_AXIS_SLOT = 'first-axis-slot';

/** The still timeline to draw in the slot, at the axis's layout: given only by the prerender. */
export const FirstAxisContext = createContext<((geometry: AxisGeometry) => ReactNode) | undefined>(
  undefined,
);
