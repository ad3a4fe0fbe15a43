/** The sign-up page when this server does not take new runners (SIGNUP=closed, or invite only). */
export function SignUpRefused({ message }: { message: string }) {
  return (
    <div className="card" style={{ maxWidth: "28rem", margin: "1rem auto" }}>
      <h1>Sign-up is not open</h1>
      <p role="status">{message}</p>
      <p>
        Already have an account? <a href="/signin">Sign in</a>
      </p>
    </div>
  );
}
