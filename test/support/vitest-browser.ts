/**
 * Vitest browser mode in the system's headless Chromium, for every browser project (react,
 * react-preact, storybook). A fresh object per call: vitest names (mutates) the instances it is given.
 */
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS } from './chromium.ts';

export function headlessChromium() {
  return {
    enabled: true,
    headless: true,
    // The provider checks the executable exists when it starts, and says what to install if not.
    provider: playwright({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS } }),
    instances: [{ browser: 'chromium' as const }],
  };
}
