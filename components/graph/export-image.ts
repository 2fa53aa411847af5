'use client';
/** Export the graph as PNG or SVG with html-to-image, the way React Flow documents it (fit all nodes into the image). */
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

const PADDING = 0.08;

function download(dataUrl: string, fileName: string) {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = fileName;
  a.click();
}

/** Render the flow's viewport element (`.react-flow__viewport` under `root`) to an image of every node and download it. */
export async function exportImage(root: HTMLElement, nodes: Node[], format: 'png' | 'svg', dark: boolean): Promise<void> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) return;
  const bounds = getNodesBounds(nodes);
  const width = Math.min(8192, Math.max(800, Math.ceil(bounds.width * 1.2)));
  const height = Math.min(8192, Math.max(500, Math.ceil(bounds.height * 1.2)));
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.1, 2, PADDING);
  const options = {
    backgroundColor: dark ? '#09090b' : '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  };
  const url = format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
  download(url, `entryway-graph.${format}`);
}
