import { createContext, useContext, type ReactNode } from 'react';

/** The themes a viewer can pick; `auto` follows the system and resolves to light or dark. */
export type ThemeChoice = 'auto' | 'light' | 'dark' | 'contrast';
export type ResolvedTheme = 'light' | 'dark' | 'contrast';

/**
 * Colours named by meaning. Hues from the Okabe–Ito set, which stays distinguishable
 * under the common colour-vision deficiencies; shape and pattern (dashes, hatching)
 * carry status and uncertainty as well, so colour is never the only cue.
 */
export type Palette = {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  target: string;
  today: string;
  series: readonly string[];
  /**
   * Stages along a road (the roadmap's experiments → DEMOs → pilots → commercial → companies), in
   * order: hues far apart, none a lighter shade of another (a planned bar is drawn lighter), each
   * at least 3:1 against the surface.
   */
  stages: readonly string[];
  status: Record<
    | 'operating'
    | 'partly-operating'
    | 'under-construction'
    | 'planned'
    | 'letter-of-intent'
    | 'cancelled'
    | 'unknown',
    string
  >;
};

const okabeIto = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

const light: Palette = {
  text: '#1a1d23',
  muted: '#5b6472',
  grid: '#d9dde3',
  surface: '#ffffff',
  target: '#b42318',
  today: '#1a1d23',
  series: okabeIto.slice(0, 7),
  stages: ['#0072B2', '#B45F00', '#00805C', '#B0428A', '#5A5F6B'],
  status: {
    operating: '#009E73',
    'partly-operating': '#4fb89a',
    'under-construction': '#0072B2',
    planned: '#56B4E9',
    'letter-of-intent': '#a6c8e0',
    cancelled: '#9aa1ab',
    unknown: '#c4c9d0',
  },
};

const dark: Palette = {
  text: '#e8eaee',
  muted: '#a3abb8',
  grid: '#363c47',
  surface: '#161a21',
  target: '#ff8a7a',
  today: '#e8eaee',
  series: ['#56B4E9', '#E69F00', '#2fc79a', '#e08fc0', '#9ed4f3', '#ff7a33', '#F0E442'],
  stages: ['#56B4E9', '#E69F00', '#2fc79a', '#e08fc0', '#c9ced6'],
  status: {
    operating: '#2fc79a',
    'partly-operating': '#7fd9bd',
    'under-construction': '#3d9be0',
    planned: '#86cdf2',
    'letter-of-intent': '#4f6a80',
    cancelled: '#6b7280',
    unknown: '#4b5260',
  },
};

/** Projector: maximum contrast on white, thicker marks come from CSS (data-theme). */
const contrast: Palette = {
  text: '#000000',
  muted: '#1f1f1f',
  grid: '#8c8c8c',
  surface: '#ffffff',
  target: '#a00000',
  today: '#000000',
  series: ['#0050a0', '#b35900', '#006b4f', '#8f2a6e', '#1f7fbf', '#a33a00', '#5c5300'],
  stages: ['#0050a0', '#a33a00', '#006b4f', '#8f2a6e', '#333333'],
  status: {
    operating: '#006b4f',
    'partly-operating': '#2f8f6f',
    'under-construction': '#0050a0',
    planned: '#1f7fbf',
    'letter-of-intent': '#5f86a8',
    cancelled: '#595959',
    unknown: '#8c8c8c',
  },
};

export const palettes: Record<ResolvedTheme, Palette> = { light, dark, contrast };

const ThemeContext = createContext<ResolvedTheme>('light');

export function ThemeProvider({ theme, children }: { theme: ResolvedTheme; children: ReactNode }) {
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

export function usePalette(): Palette {
  return palettes[useContext(ThemeContext)];
}
