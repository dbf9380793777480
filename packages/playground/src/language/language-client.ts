/**
 * Main-thread side of the language worker: typed calls that resolve with answers checked
 * against ./protocol.ts. A worker is another program; its messages are validated like any
 * other input.
 */
import type { Lang } from "@goodhart/dsl";
import { METHODS, responseSchema, type Method, type MethodResult } from "./protocol.ts";
import LanguageWorker from "../workers/language.worker.ts?worker";

interface Pending {
  method: Method;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export interface CallOptions {
  offset?: number;
  end?: number;
  newName?: string;
  other?: string;
  values?: Record<string, number | null>;
  ratingAfterQuota?: string;
  lang?: Lang;
}

export class LanguageClient {
  private worker = new LanguageWorker();
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<unknown>) => {
      const response = responseSchema.safeParse(event.data);
      if (!response.success) return;
      const { id, ok, result, error } = response.data;
      const entry = this.pending.get(id);
      if (!entry) return;
      this.pending.delete(id);
      if (!ok) return entry.reject(new Error(error ?? "language service failed"));
      const checked = METHODS[entry.method].result.safeParse(result);
      if (checked.success) entry.resolve(checked.data);
      else entry.reject(new Error(`language worker sent a malformed ${entry.method} answer`));
    };
  }

  call<M extends Method>(method: M, text: string, options: CallOptions = {}): Promise<MethodResult<M>> {
    const id = this.nextId++;
    return new Promise<MethodResult<M>>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, method, text, ...options });
    });
  }

  dispose(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error("language worker stopped"));
    this.pending.clear();
  }
}

let shared: LanguageClient | null = null;
export const languageClient = (): LanguageClient => (shared ??= new LanguageClient());
