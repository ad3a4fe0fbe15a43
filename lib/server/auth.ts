import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { SESSION_VERSION_CLAIM } from "../auth/session-version";
import { sameSiteRedirect } from "../sign-in-redirect";
import { SignInSchema } from "../validation/account";
import { admitNewAccount, roleForNewAccount } from "./data/admission";
import { db } from "./db";
import { env } from "./env";
import { verifyPassword } from "./passwords";

/** What a password sign-in hands to the jwt callback: the session version goes into the cookie. */
type SignedInUser = { id: string; email: string; name: string | null; sessionVersion: number };

function oauthProviders(): NextAuthOptions["providers"] {
  const providers: NextAuthOptions["providers"] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(
      GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }),
    );
  }
  return providers;
}

export function configuredOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((p) => ({ id: p.id, name: p.name }));
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET ?? "stridewise-development-only-secret",
  // Over https the session cookie is the `__Secure-` one. Decided once, from the public address, so
  // signing in and reading the session (lib/server/session.ts) always agree on the cookie's name.
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        const valid = await verifyPassword(parsed.data.password, user?.passwordHash);
        if (!user || !valid) return null;
        const signedIn: SignedInUser = { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        return signedIn;
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    redirect: async (params) => sameSiteRedirect(params),
    async signIn({ user, account }) {
      if (!account || account.provider === "credentials") return true;
      // OAuth: one Stridewise account per verified email address.
      if (!user.email) return false;
      const email = user.email.toLowerCase();
      if (await db.user.findUnique({ where: { email }, select: { id: true } })) return true;
      // Issue 19: a new account through GitHub or Google follows the SIGNUP mode too (no invite
      // travels through OAuth, so under SIGNUP=invite only existing accounts sign in this way).
      return db.$transaction(async (tx) => {
        if (await admitNewAccount(tx, undefined)) return false;
        await tx.user.create({ data: { email, name: user.name, role: await roleForNewAccount(tx) } });
        return true;
      });
    },
    async jwt({ token, user, account }) {
      if (user && account && account.provider !== "credentials" && user.email) {
        const row = await db.user.findUnique({ where: { email: user.email.toLowerCase() } });
        if (row) {
          token.sub = row.id;
          token[SESSION_VERSION_CLAIM] = row.sessionVersion;
        }
      } else if (user) {
        token.sub = user.id;
        token[SESSION_VERSION_CLAIM] = (user as SignedInUser).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
