/** Called between sections with the share done (0..1); awaiting it lets the API serve other requests. */
export type RenderProgress = (done: number) => Promise<void>;
