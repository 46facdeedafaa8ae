// The demo page's script: the <news-lens> element (the page is the widget)
// and the service worker that keeps every asset for offline use.
import './element.js';

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
