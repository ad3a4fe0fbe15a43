/** Issue 19: what the sign-in page says after a password reset or an account deletion. */
export function AccountNotice({ reset, deleted }: { reset: boolean; deleted: boolean }) {
  if (!reset && !deleted) return null;
  return (
    <p className="notice success" role="status">
      {reset ? "Your password has been changed. Sign in with the new one." : "Your account and all its data have been deleted."}
    </p>
  );
}
