/**
 * Shares one section (the link ShareButton renders): the native share sheet where there is one,
 * else copies the link and says so, else shows it, selected, to copy by hand.
 */
/** Each status line's pending clear, so a second copy restarts the wait. */
const clearing = new WeakMap<Element, ReturnType<typeof setTimeout>>();

export async function share(link: HTMLAnchorElement, copiedMessage: string): Promise<void> {
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
    status.textContent = copiedMessage;
    clearTimeout(clearing.get(status));
    clearing.set(status, setTimeout(() => (status.textContent = ''), 4000));
  } catch {
    // No clipboard (old browser, or permission refused).
    const field = box.querySelector('input')!;
    field.value = url;
    field.hidden = false;
    field.focus();
    field.select();
  }
}
