/**
 * `@goodhart/simulator/node`: the Node-only entry (worker threads). The main entry stays
 * browser-safe; callers in Node import the pool and the staff-split run from here rather than
 * reaching into the package's files.
 */
export { simulateParallel, type ParallelOptions } from "./parallel-node.ts";
export { nodeRunner, type NodeRunnerOptions } from "./replicates/pool-node.ts";
