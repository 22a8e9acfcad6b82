/** The edition a script embed is built for (src/embed/build-plugin.ts makes one build per edition). */
declare module 'virtual:embed-edition' {
  export const story: import('../lib/types').Story;
  export const edition: import('../lib/editions').EditionId;
}
