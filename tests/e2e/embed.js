// Records the element's report events for embed.test.js (the page's CSP
// allows no inline script).
window.reports = [];
document.addEventListener('report', (event) => window.reports.push(event.detail));
