/** What the render worker posts back to the API's thread. */
export type WorkerMessage =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; content: ArrayBuffer }
  | { kind: 'failed'; message: string };
