/** Says why a control is disabled: the administrator's policy sets it. */
export function LockNote({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return <span class="locked"> Locked by your administrator.</span>;
}
