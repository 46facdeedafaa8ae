// Puts the widget's stylesheet (www/newslens.css) into its shadow root.
// Bundles carry the text (the build defines NEWSLENS_CSS) and adopt it as a
// constructed stylesheet, which a page's CSP does not block; the unbundled
// package links the file that sits next to it.
export function adoptStyles(root) {
  if (typeof NEWSLENS_CSS === 'string') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(NEWSLENS_CSS);
    root.adoptedStyleSheets = [sheet];
  } else {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../newslens.css', import.meta.url).href;
    root.prepend(link);
  }
}
