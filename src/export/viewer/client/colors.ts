// Colors of node kinds and communities (colorblind-friendly Tableau-like palette), and the dimmed grey.

/** Color of each node kind. */
export const KIND_COLORS: Record<string, string> = {
  Person: '#4e79a7',
  Organization: '#f28e2b',
  Location: '#59a14f',
  Article: '#9d7660',
};

/** Fallback for an unknown kind and for communities beyond the palette. */
export const OTHER_COLOR = '#a0a7b2';

/** Nodes outside the selected neighbourhood. */
export const DIM_COLOR = '#e3e6eb';

/** Edge colors: normal, and inside the selected neighbourhood. */
export const EDGE_COLOR = '#b3bac5';
export const EDGE_ACTIVE_COLOR = '#59606b';

/** Community colors, largest community first. */
export const COMMUNITY_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#2f6fdf',
  '#8cd17d',
  '#b6992d',
  '#499894',
  '#d37295',
  '#86bcb6',
  '#f1ce63',
  '#a0cbe8',
  '#ffbe7d',
];
export const PATH_COLOR = '#d6336c';
