// Collects what is wrong with an import file, each problem named by its path in the file
// ("annotations[3].tags[1]: unknown tag 'x'"), up to a limit so that a huge broken file still
// gives a short, readable answer.

/** How many problems a failed import names. */
export const MAX_PROBLEMS = 10;

export class Problems {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  /** Errors found beyond MAX_PROBLEMS (counted, not listed). */
  more = 0;
  private warningsMore = 0;

  error(path: string, message: string): void {
    if (this.errors.length < MAX_PROBLEMS) this.errors.push(path === '' ? message : `${path}: ${message}`);
    else this.more++;
  }

  warn(path: string, message: string): void {
    if (this.warnings.length < MAX_PROBLEMS) this.warnings.push(path === '' ? message : `${path}: ${message}`);
    else this.warningsMore++;
  }

  /** True once enough errors are known to stop looking. */
  get full(): boolean {
    return this.errors.length >= MAX_PROBLEMS;
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** The errors as the reader sees them. */
  errorList(): string[] {
    return this.more > 0 ? [...this.errors, `…and ${this.more} more problem${this.more === 1 ? '' : 's'}`] : [...this.errors];
  }

  warningList(): string[] {
    return this.warningsMore > 0 ? [...this.warnings, `…and ${this.warningsMore} more warnings`] : [...this.warnings];
  }
}

/** A value for a message: short, quoted, with control characters visible. */
export function show(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  else if (value === null) text = 'null';
  else if (Array.isArray(value)) text = 'an array';
  else if (typeof value === 'object') text = 'an object';
  else text = String(value);
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
