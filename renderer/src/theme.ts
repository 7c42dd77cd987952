import { createTheme } from '@mantine/core';

/** Calm and professional: teal accents on neutral greys, system fonts (no remote content). */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600' },
});
