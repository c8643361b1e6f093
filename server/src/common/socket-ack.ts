import type { Ack } from '@cchc/contracts';
import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from './app-error.js';
import { ERROR_MESSAGES, format, pickLang } from './messages.js';

/**
 * A refusal as a socket ack, in the language of the socket's handshake: its `Accept-Language`
 * is picked like an HTTP request's (pickLang), so a socket and a request from the same screen
 * answer in the same words. Anything but an AppError is an internal error.
 */
export function ackError(e: unknown, handshake: { headers: IncomingHttpHeaders }): Ack<never> {
  const error = e instanceof AppError ? e : new AppError('internal_error');
  const lang = pickLang(handshake.headers['accept-language']);
  return {
    ok: false,
    error: { code: error.code, message: format(ERROR_MESSAGES[error.code][lang], error.params) },
  };
}
