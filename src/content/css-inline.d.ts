/** Styles imported as text (vite's ?inline), for shadow roots. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
