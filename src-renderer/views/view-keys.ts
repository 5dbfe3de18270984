// The views' keys, apart from the registry of their components: the nav store needs the keys only, and
// importing the registry (every view, each importing the stores) from a store was an import cycle.
export const VIEW_KEYS = ['library', 'dashboard', 'compare', 'flags', 'report', 'settings'] as const
export type ViewKey = (typeof VIEW_KEYS)[number]
