import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { ProblemError } from '../../lib/api/client';
import { portalApi } from '../../lib/api/portal';
import type { Session } from '../../lib/api/portalTypes';
import { strings } from '../../lib/strings';

const t = strings.portal.signIn;

/** Email and password; the server answers with the session cookie and the CSRF cookie. */
export function SignInPage({ expired, onSignedIn }: { expired: boolean; onSignedIn: (session: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({ mutationFn: () => portalApi.signIn(email.trim(), password), onSuccess: onSignedIn });

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate();
  }

  const error = signIn.error;
  const message = !error
    ? undefined
    : error instanceof ProblemError && error.problem.status === 401
      ? t.wrong
      : error instanceof ProblemError && error.problem.status === 429
        ? t.tooMany(error.retryAfterSeconds ?? 60)
        : error instanceof ProblemError ? (error.problem.detail ?? error.problem.title) : strings.common.offline;

  return (
    <main className="sign-in">
      <form className="sign-in__card" onSubmit={submit} noValidate>
        <p className="eyebrow">{strings.portal.title}</p>
        <h1 className="page__title">{t.title}</h1>
        <p className="page__subtitle">{t.subtitle}</p>
        {expired && !error && <Alert tone="info">{t.expired}</Alert>}
        {message && <Alert tone="error">{message}</Alert>}
        <Field label={t.email} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        <Field label={t.password} type="password" autoComplete="current-password" required value={password}
          onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="button button--primary button--block" disabled={signIn.isPending || !email || !password}>
          {signIn.isPending ? t.submitting : t.submit}
        </button>
      </form>
    </main>
  );
}
