import { useI18n } from 'vue-i18n';
import { formatSpan } from '@/lib/rounds';

/** "3 phút 43 giây" / "3 minutes 43 seconds" in the interface language. */
export function useSpanText() {
  const { t } = useI18n();
  return (ms: number) => formatSpan(ms, (key, n) => t(key, n));
}
