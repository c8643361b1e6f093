import type { NestApplicationOptions } from '@nestjs/common';

/** How main.ts creates the Nest application (beside AppModule.forRoot). */
export const APP_OPTIONS = {
  bufferLogs: true,
  bodyParser: false,
  // Literal paths are registered before parametric ones, whatever the order of the modules:
  // GET /api/questions/stats (results) is never taken for /api/questions/:id (question bank).
  routeResolutionStrategy: 'specificity',
} satisfies NestApplicationOptions;
