import {
  applyDecorators,
  Injectable,
  ParseUUIDPipe,
  type PipeTransform,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { z } from 'zod';
import { AppError } from './app-error.js';
import { fieldIssue } from './messages.js';
import { UPLOAD_MAX_MB } from './spreadsheet.js';

/** An id in the path: anything that is not a UUID names nothing, so it answers not_found. */
export const uuid = new ParseUUIDPipe({ exceptionFactory: () => new AppError('not_found') });

/**
 * Path parameters parsed with their shared schema. A path that does not fit names nothing, so it
 * answers not_found like an unknown one (never 400, never 500).
 */
@Injectable()
export class PathPipe<S extends z.ZodType> implements PipeTransform {
  constructor(private readonly schema: S) {}
  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value);
    if (!result.success) throw new AppError('not_found');
    return result.data;
  }
}

/** A single-file multipart upload in field "file", size-limited, documented in OpenAPI. */
export const ApiFileUpload = () =>
  applyDecorators(
    UseInterceptors(
      FileInterceptor('file', { limits: { fileSize: UPLOAD_MAX_MB * 1024 * 1024, files: 1 } }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        properties: { file: { type: 'string', format: 'binary' } },
        required: ['file'],
      },
    }),
  );

/** The uploaded file, or the validation error a request without one gets. */
export function requireFile(file: Express.Multer.File | undefined): Express.Multer.File {
  if (!file) throw new AppError('validation_failed', [fieldIssue('file', 'file_required')]);
  return file;
}
