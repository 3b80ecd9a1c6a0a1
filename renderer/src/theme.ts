import { createTheme } from '@mantine/core';

/**
 * Status colours mean the same on every screen: `ok` a good state (active, connected, a whole backup),
 * `warn` something to watch (reconnecting), `danger` something blocked (locked, offline, a bad backup),
 * `demo` the demo store's marking, `neutral` plain information.
 */
export const STATUS = {
  ok: 'green',
  warn: 'yellow',
  danger: 'red',
  demo: 'orange',
  neutral: 'gray',
} as const;

/** The console's navigation column, in pixels; toasts sit at its foot, no wider than it (app/Toasts.tsx). */
export const NAV_WIDTH = 232;

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  headings: {
    fontFamily:
      'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
    fontWeight: '650',
  },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Paper: { defaultProps: { radius: 'md' } },
    Modal: { defaultProps: { centered: true, radius: 'md' } },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});
