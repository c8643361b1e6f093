import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import vi from 'zod/v4/locales/vi.js';
import en from 'zod/v4/locales/en.js';
import { AppError } from './app-error.js';
import { FIELD_MESSAGES, fieldIssue, type RawIssue } from './messages.js';

export type { RawIssue } from './messages.js';

const viMap = vi().localeError;
const enMap = en().localeError;

/** Parses with the shared schema; failures become one `validation_failed` error with per-field issues. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError('validation_failed', toIssues(result.error));
}

export function toIssues(error: z.ZodError): RawIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const custom = FIELD_MESSAGES[issue.message];
    if (custom) return { path, key: issue.message, ...custom };
    const asRaw = issue as unknown as Parameters<typeof viMap>[0];
    const viText = typeof viMap(asRaw) === 'string' ? (viMap(asRaw) as string) : undefined;
    const enText = typeof enMap(asRaw) === 'string' ? (enMap(asRaw) as string) : undefined;
    const fallback = issue.message;
    // Unknown keys ("role" in a registration body) get a plain message naming the field.
    if (issue.code === 'unrecognized_keys') {
      return fieldIssue(path || issue.keys.join(','), 'unrecognized_keys', {
        keys: issue.keys.join(', '),
      });
    }
    return { path, key: issue.code, vi: viText ?? fallback, en: enText ?? fallback };
  });
}

@Injectable()
export class ZodPipe<S extends z.ZodType> implements PipeTransform {
  constructor(private readonly schema: S) {}
  transform(value: unknown, _meta: ArgumentMetadata): z.output<S> {
    return parseOrThrow(this.schema, value ?? {});
  }
}

type OpenApiSchema = Record<string, unknown>;

/** The schema as OpenAPI 3.0 writes it: what a client sends (input) or what it gets (output). */
export function toOpenApi(schema: z.ZodType, io: 'input' | 'output' = 'input'): OpenApiSchema {
  return z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
  }) as OpenApiSchema;
}

/** Documents a body schema in OpenAPI (the pipe on the parameter validates it). */
export const ApiZodBody = (schema: z.ZodType) => ApiBody({ schema: toOpenApi(schema) as never });

/** Documents each query parameter of a strict object schema. */
export function ApiZodQuery(schema: z.ZodObject) {
  const json = toOpenApi(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, s]) =>
      ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: s as never }),
    ),
  );
}

/** Documents each path parameter of an object schema (the PathPipe on the parameter parses it). */
export function ApiZodParams(schema: z.ZodType) {
  const json = toOpenApi(schema) as { properties?: Record<string, unknown> };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, s]) =>
      ApiParam({ name, required: true, schema: s as never }),
    ),
  );
}
