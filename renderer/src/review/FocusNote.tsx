/** Why the Fix-first list is in this order: the company chosen in Questions and what it probes. */
export function FocusNote(props: { note: string | null | undefined }) {
  if (!props.note) return null;
  return (
    <p className="notice notice-info focus-note" role="note">
      {props.note}
    </p>
  );
}
