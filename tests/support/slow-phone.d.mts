import type { BrowserContext, Page } from 'playwright-core';

export const SLOW_PHONE: {
  downloadBytesPerS: number;
  uploadBytesPerS: number;
  latencyMs: number;
  cpuSlowdown: number;
};
export interface StepFigures {
  ms: number;
  bytes: number;
  requests: number;
}
export function slowPhonePage(context: BrowserContext): Promise<{
  page: Page;
  measure(step: (page: Page) => Promise<void>): Promise<StepFigures>;
}>;
export function openLogin(page: Page, baseUrl: string): Promise<void>;
export function openRoundLink(page: Page, baseUrl: string, roundId: string): Promise<void>;
export function signedIn(context: BrowserContext, token: string): Promise<void>;
