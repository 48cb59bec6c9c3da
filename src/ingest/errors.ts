/** A problem with one input: the file it concerns and one line saying what is wrong. */
export class InputError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(oneLine(message));
    this.name = 'InputError';
    this.file = file;
  }
}

/** Folds a (library) message onto one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
