/**
 * The slice of the VS Code extension API this extension uses. `@types/vscode` is not a
 * dependency of the workspace; at run time VS Code provides the real module.
 */
declare module "vscode" {
  export interface Disposable {
    dispose(): unknown;
  }
  export interface Uri {
    readonly fsPath: string;
    readonly scheme: string;
  }
  export interface TextDocument {
    readonly uri: Uri;
    readonly languageId: string;
    readonly isDirty: boolean;
    save(): Thenable<boolean>;
  }
  export interface TextEditor {
    readonly document: TextDocument;
  }
  export interface Terminal {
    show(preserveFocus?: boolean): void;
    sendText(text: string, addNewLine?: boolean): void;
  }
  export interface WorkspaceFolder {
    readonly uri: Uri;
  }
  export interface WorkspaceConfiguration {
    get<T>(section: string, defaultValue: T): T;
  }
  export interface ExtensionContext {
    readonly subscriptions: Disposable[];
    asAbsolutePath(relativePath: string): string;
  }
  export namespace window {
    const activeTextEditor: TextEditor | undefined;
    function createTerminal(options: { name: string; cwd?: string }): Terminal;
    function showWarningMessage(message: string): Thenable<string | undefined>;
  }
  export namespace commands {
    function registerCommand(command: string, callback: (...args: unknown[]) => unknown): Disposable;
  }
  export namespace workspace {
    function getConfiguration(section: string): WorkspaceConfiguration;
    function getWorkspaceFolder(uri: Uri): WorkspaceFolder | undefined;
  }
}
