'use client';
import { createContext } from 'react';
import type { GraphLocation } from '@/lib/graph/types';

/** Lets edge labels (rendered outside the edge's SVG group, so React Flow's onEdgeClick misses them) select too. */
export const SelectLocationContext = createContext<(location: GraphLocation | undefined) => void>(() => {});
