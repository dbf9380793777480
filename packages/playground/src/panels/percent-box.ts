import { percentFigure } from "@goodhart/dsl";

/** A share as the number its percent box shows: a tenth as usual, never 0 for a share that is not (`0.01%` showed 0). */
export const toPct = (x: number): number => Number(percentFigure(x, 1));
