// The part of web-ext's programmatic API the build test uses (the package ships no types).
declare module 'web-ext' {
  interface LintResult {
    errors: Array<{ code: string; message: string; file?: string }>;
    warnings: Array<{ code: string; message: string; file?: string }>;
    notices: Array<{ code: string; message: string }>;
  }
  const webExt: {
    cmd: {
      lint(options: Record<string, unknown>, runtime: { shouldExitProgram: boolean }): Promise<LintResult>;
      build(options: Record<string, unknown>, runtime: Record<string, unknown>): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
