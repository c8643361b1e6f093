import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { describe, expect, it } from 'vitest';
import { APP_OPTIONS } from './app-options.js';

// The shapes of the two real controllers whose routes overlap: the question bank's
// GET questions/:id and the results' GET questions/stats, in separate modules. (Decorators are
// applied as calls: specs are compiled without the server's experimentalDecorators.)
class BankController {
  one() {
    return { question: true };
  }
}
class ResultsController {
  stats() {
    return { stats: true };
  }
}
const route = (target: { prototype: object }, method: string, path: string) =>
  Get(path)(target.prototype, method, Object.getOwnPropertyDescriptor(target.prototype, method)!);
Controller()(BankController);
route(BankController, 'one', 'questions/:id');
Controller()(ResultsController);
route(ResultsController, 'stats', 'questions/stats');

class BankModule {}
Module({ controllers: [BankController] })(BankModule);
class ResultsModule {}
Module({ controllers: [ResultsController] })(ResultsModule);

async function get(modules: unknown[], path: string): Promise<unknown> {
  class Root {}
  Module({ imports: modules as never[] })(Root);
  const app = await NestFactory.create<NestExpressApplication>(Root, {
    ...APP_OPTIONS,
    logger: false,
  });
  app.setGlobalPrefix('api');
  await app.listen(0, '127.0.0.1');
  try {
    const res = await fetch(`${await app.getUrl()}${path}`);
    return await res.json();
  } finally {
    await app.close();
  }
}

describe('APP_OPTIONS', () => {
  it.each([
    ['bank first', [BankModule, ResultsModule]],
    ['results first', [ResultsModule, BankModule]],
  ])(
    'answers GET /api/questions/stats with the stats whatever the module order (%s)',
    async (_, modules) => {
      expect(await get(modules, '/api/questions/stats')).toEqual({ stats: true });
      expect(await get(modules, '/api/questions/q1')).toEqual({ question: true });
    },
  );
});
