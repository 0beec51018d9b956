/**
 * The in-page half of `npm run bench:ui`, loaded by caf.html and peer.html after the page's own
 * script: mounts either implementation and times it to its first complete paint (the first task
 * after the next frame). `window.benchMount` is called once the page has loaded; a benchmark that
 * sets `window.benchOnLoad` before navigating gets the mount straight away instead, and
 * `window.benchLoaded` resolves with the milliseconds from navigation to that paint.
 */

/** Resolves with the time of the first task after the next frame. */
const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

/**
 * @param {'caf-form' | 'JSON Forms vanilla'} implementation
 * @param {{ schema: object, uischema: object } | undefined} definition what the peer renders; `<caf-form>` finds its own
 * @param {unknown} data
 * @returns {Promise<number>} milliseconds from the call to the form's first complete paint
 */
function mount(implementation, definition, data) {
  const start = performance.now();
  if (implementation !== 'caf-form') {
    window.mountPeer(definition.schema, definition.uischema, data);
    return afterNextPaint().then((end) => end - start);
  }
  return new Promise((resolve) => {
    const element = document.createElement('caf-form');
    element.setAttribute('form', 'family-assessment');
    element.setAttribute('today', '2026-03-02');
    element.data = data;
    element.addEventListener('caf-load', () => resolve(afterNextPaint().then((end) => end - start)), { once: true });
    document.getElementById('host').append(element);
  });
}

window.benchMount = mount;
const onLoad = window.benchOnLoad;
if (onLoad) window.benchLoaded = mount(onLoad.implementation, onLoad.definition, onLoad.data).then(() => performance.now());
