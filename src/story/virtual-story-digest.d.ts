/** Made at build time by `scripts/story-check/plugin.ts`. */
declare module 'virtual:story-digest' {
  /** SHA-256 (hex) of `data/story.json` as the build checked it; empty on the development server. */
  export const storyDigest: string;
}
