import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SunNode } from '../../layout/sunburst.js';

/** The part of the tree the chart shows: an angular extent [x0, x1] and the depth at its centre. */
export type Domain = { x0: number; x1: number; depth: number };

const ZOOM_MS = 450;

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/**
 * The sunburst's zoom transition. While it runs, `domain` is the extent the chart shows this frame and the
 * host re-renders every frame; at rest `domain` is undefined and the chart shows its focus. A detached
 * host stops its transition.
 */
export class ZoomController implements ReactiveController {
  private current?: Domain;
  /** The focus the running zoom started from. */
  private from?: SunNode;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The extent shown during a zoom; undefined at rest. */
  get domain(): Domain | undefined {
    return this.current;
  }

  /** The node to lay the arcs out from: during a zoom the shallower of the two foci, so both sets of arcs exist. */
  layoutRoot(focus: SunNode): SunNode {
    const from = this.current ? this.from : undefined;
    return from && from.depth < focus.depth ? from : focus;
  }

  /** Shows the focus at rest from the next update (the frame already asked for still runs). */
  rest(): void {
    this.set(undefined);
  }

  /**
   * Moves the chart from focus `from` to `to`: in steps over 450 ms when `animate` and the reader allows
   * motion, else at once. A zoom started mid-way starts from where the running one is.
   */
  start(from: SunNode, to: SunNode, animate: boolean): void {
    cancelAnimationFrame(this.frame);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const start: Domain = this.current ?? { x0: from.x0, x1: from.x1, depth: from.depth };
    const end: Domain = { x0: to.x0, x1: to.x1, depth: to.depth };
    if (reduce || !animate) {
      this.set(undefined);
      return;
    }
    this.from = from;
    const t0 = performance.now();
    const step = (now: number) => {
      const k = Math.min(1, (now - t0) / ZOOM_MS);
      const e = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
      if (k >= 1) {
        this.set(undefined);
        this.from = undefined;
        return;
      }
      this.set({ x0: lerp(start.x0, end.x0, e), x1: lerp(start.x1, end.x1, e), depth: lerp(start.depth, end.depth, e) });
      this.frame = requestAnimationFrame(step);
    };
    this.set(start);
    this.frame = requestAnimationFrame(step);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.set(undefined);
    this.from = undefined;
  }

  private set(domain: Domain | undefined): void {
    if (domain === this.current) return;
    this.current = domain;
    this.host.requestUpdate();
  }
}
