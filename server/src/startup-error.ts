/**
 * A reason the server must not start (a bad data file, a weak secret, a wrong setting). Its message
 * is one line an operator can act on: `main.ts` prints just that line and exits with code 1.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupError'
  }
}
