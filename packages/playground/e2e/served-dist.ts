/** The built app served for a test file's suite (vitest hooks: kept out of harness.ts, which the bench imports too). */
import { afterAll, beforeAll } from "vitest";
import { serveDist, type StaticServer } from "./harness.ts";

/**
 * The built app served for the whole test file: started before its first test, closed after
 * its last. `url` is read inside a test, once the server is up.
 */
export function servedDist(): { readonly url: string } {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => server?.close());
  return {
    get url() {
      if (!server) throw new Error("the app is served once the test file has started");
      return server.url;
    },
  };
}
