/**
 * Shares one section (the link ShareButton renders): the native share sheet where there is one,
 * else copies the link and says so, else shows it in a field, selected, to copy by hand.
 */
/** Each status line's pending clear, so a second copy restarts the wait. */
const clearing = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/** `strings`: what to say when the link is copied, and the label of the field that shows it. */
export async function share(link: HTMLAnchorElement, strings: { copied: string; field: string }): Promise<void> {
  const url = link.href;
  if (navigator.share) {
    // A cancelled share sheet rejects; nothing to do then.
    await navigator.share({ title: link.dataset.share, url }).catch(() => undefined);
    return;
  }
  const box = link.parentElement!;
  try {
    await navigator.clipboard.writeText(url);
    const status = box.querySelector('[role="status"]')!;
    status.textContent = strings.copied;
    clearTimeout(clearing.get(status));
    clearing.set(status, setTimeout(() => (status.textContent = ''), 4000));
  } catch {
    // No clipboard (old browser, or permission refused).
    let field = box.querySelector('input');
    if (!field) {
      field = document.createElement('input');
      field.className = 'manual';
      field.readOnly = true;
      field.setAttribute('aria-label', strings.field);
      box.append(field);
    }
    field.value = url;
    field.focus();
    field.select();
  }
}

/** Shares the section whose share link (`a[data-share]`) is clicked within `container`. Returns a function that stops. */
export function handleShareClicks(container: HTMLElement, strings: { copied: string; field: string }): () => void {
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-share]');
    if (!link) return;
    event.preventDefault();
    void share(link, strings);
  };
  container.addEventListener('click', onClick);
  return () => container.removeEventListener('click', onClick);
}
