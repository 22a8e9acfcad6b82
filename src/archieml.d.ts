declare module 'archieml' {
  /** Parses ArchieML text into a plain object. (CommonJS: import the default export.) */
  const archieml: { load(text: string, options?: { comments?: boolean }): Record<string, unknown> };
  export default archieml;
}
