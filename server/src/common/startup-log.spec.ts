import type { LoggerService } from '@nestjs/common';
import { describe, expect, it, vi } from 'vitest';
import { QuietStartupLogger } from './startup-log.js';

const inner = () => ({ log: vi.fn(), error: vi.fn(), warn: vi.fn(), debug: vi.fn() });

describe(QuietStartupLogger.name, () => {
  it("sends Nest's start-up lines to debug and counts the mapped routes", () => {
    const to = inner();
    const logger = new QuietStartupLogger(to as LoggerService);
    logger.log('Mapped {/api/me, GET} route', 'RouterExplorer');
    logger.log('Mapped {/api/units, GET} route', 'RouterExplorer');
    logger.log('AuthController {/api/auth}:', 'RoutesResolver');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    expect(to.log).not.toHaveBeenCalled();
    expect(to.debug).toHaveBeenCalledTimes(4);
    expect(logger.routes).toBe(2);
  });

  it("keeps the app's own lines, warnings and errors at their level", () => {
    const to = inner();
    const logger = new QuietStartupLogger(to as LoggerService);
    logger.log('export finished', 'ExportJobsService');
    logger.warn('autosave batch deadlocked; retrying once', 'AutosaveBatcher');
    logger.error('boom', 'RouterExplorer');
    expect(to.log).toHaveBeenCalledWith('export finished', 'ExportJobsService');
    expect(to.warn).toHaveBeenCalledTimes(1);
    expect(to.error).toHaveBeenCalledWith('boom', 'RouterExplorer');
    expect(to.debug).not.toHaveBeenCalled();
  });
});
