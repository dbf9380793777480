/** Entry point of the bundled server (VS Code extension, tests): serve LSP on stdin/stdout. */
import { startServer } from "./server.ts";

startServer();
