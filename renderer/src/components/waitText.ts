import type { TFunction } from 'i18next';

/**
 * An estimated wait as people read it: "无需等候" / "No wait" when it rounds to nothing, else
 * "约 12 分钟" / "≈ 12 min" (never "约 0 分钟").
 */
export function waitText(t: TFunction, minutes: number): string {
  return minutes <= 0 ? t('queue:noWait') : t('queue:aboutMinutes', { count: minutes });
}
